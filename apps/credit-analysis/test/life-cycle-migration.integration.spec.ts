import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { SERVICE_MIGRATIONS } from '../src/app.module';

/** The migrations up to the life-cycle ones (the personal-data migrations after them are personal-data-migration's). */
const LIFE_CYCLE = SERVICE_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) <= 1795600000001);

/** Migrations 1795600000000 (contract_position) and 1795600000001 (portability state and columns): up, down, up. */
describe('credit-analysis life-cycle migrations', () => {
  let schema: IsolatedSchema;
  let db: DataSource;
  const proposalId = randomUUID();

  beforeAll(async () => {
    schema = await createIsolatedSchema();
    db = new DataSource({
      type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}` },
      migrations: [...messagingMigrations, ...LIFE_CYCLE],
    });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await db?.destroy();
    await schema?.drop();
  });

  const columns = async (table: string) =>
    (await db.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY column_name`, [schema.schema, table])).map((r: { column_name: string }) => r.column_name);

  it('up(): an analysis may wait for a portability balance; the projection table exists', async () => {
    await db.query(`INSERT INTO analysis (proposal_id, customer_id, state, created_at, updated_at) VALUES ($1, $2, 'WAITING_PORTABILITY_BALANCE', now(), now())`, [proposalId, randomUUID()]);
    expect(await columns('analysis')).toEqual(expect.arrayContaining(['portability', 'refinancing']));
    expect(await columns('contract_position')).toEqual(['contract_id', 'customer_id', 'payload', 'product', 'revision', 'status', 'updated_at']);
  });

  it('down() refuses while an analysis waits for a balance, then goes down both and up again', async () => {
    await expect(db.undoLastMigration({ transaction: 'each' })).rejects.toThrow(/analysis_state_check/);
    expect(await columns('analysis')).toContain('portability');
    await db.query(`UPDATE analysis SET state = 'CANCELLED' WHERE proposal_id = $1`, [proposalId]);
    await db.undoLastMigration({ transaction: 'each' });
    await db.undoLastMigration({ transaction: 'each' });
    expect(await columns('analysis')).not.toContain('portability');
    expect(await db.query(`SELECT to_regclass('contract_position') AS t`)).toEqual([{ t: null }]);
    await db.runMigrations({ transaction: 'each' });
    expect(await columns('contract_position')).toContain('payload');
  });
});
