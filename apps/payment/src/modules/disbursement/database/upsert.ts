import type { EntityManager } from 'typeorm';

/** INSERT … ON CONFLICT (key) DO UPDATE every other column: one statement per row written. */
export async function upsert(manager: EntityManager, table: string, key: string, row: object): Promise<void> {
  const columns = Object.keys(row);
  const values = Object.values(row);
  const updates = columns.filter((c) => c !== key).map((c) => `${c} = EXCLUDED.${c}`).join(', ');
  await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, k) => `$${k + 1}`).join(', ')}) ON CONFLICT (${key}) DO UPDATE SET ${updates}`, values);
}
