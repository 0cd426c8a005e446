import type { EntityManager } from 'typeorm';

export interface StoredKey {
  readonly fingerprint: string;
  readonly result: unknown;
}

/**
 * Takes the key for the caller's transaction: false when a committed row holds it. A twin in
 * flight makes this wait for its outcome (the primary key), so the loser sees the winner's row.
 */
export async function claimKey(manager: EntityManager, scope: string, key: string, fingerprint: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO idempotency_key (scope, key, fingerprint) VALUES ($1, $2, $3) ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
    [scope, key, fingerprint],
  );
  return rows.length === 1;
}

export async function findKey(manager: EntityManager, scope: string, key: string): Promise<StoredKey> {
  const [row] = (await manager.query(`SELECT fingerprint, result FROM idempotency_key WHERE scope = $1 AND key = $2`, [scope, key])) as StoredKey[];
  if (!row) throw new Error(`idempotency key ${scope}/${key} vanished after its claim failed`);
  return row;
}

export async function storeResult(manager: EntityManager, scope: string, key: string, result: unknown): Promise<void> {
  await manager.query(`UPDATE idempotency_key SET result = $3::jsonb WHERE scope = $1 AND key = $2`, [scope, key, JSON.stringify(result ?? null)]);
}
