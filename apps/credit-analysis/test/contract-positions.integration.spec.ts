import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { SERVICE_MIGRATIONS } from '../src/app.module';
import { PROJECTION_ENTITIES } from '../src/modules/contract-projection/database';
import { TypeOrmContractPositions } from '../src/modules/contract-projection/database/contract-position.repository';
import { projectContract } from '../src/modules/contract-projection/domain/project-contract';
import { oldContract } from '../src/modules/contract-projection/testing/position.fixtures';

/** The projection's one-statement upsert on PostgreSQL: the highest revision wins whatever the order, even racing. */
describe('contract_position: highest revision under concurrency', () => {
  let schema: IsolatedSchema;
  let db: DataSource;
  let positions: TypeOrmContractPositions;

  beforeAll(async () => {
    schema = await createIsolatedSchema();
    db = new DataSource({
      type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}`, max: 10 },
      migrations: [...messagingMigrations, ...SERVICE_MIGRATIONS], entities: PROJECTION_ENTITIES,
    });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    positions = new TypeOrmContractPositions(db, new FieldCipher(DEV_PII_KEY_RING));
  });

  afterAll(async () => {
    await db?.destroy();
    await schema?.drop();
  });

  it('ten revisions racing in separate transactions, shuffled: revision 10 is kept, and a later 9 is refused', async () => {
    const contractId = randomUUID();
    const revisions = [7, 2, 10, 1, 5, 9, 3, 8, 4, 6];
    const results = await Promise.all(
      revisions.map((revision) => db.transaction((manager) => positions.keepIfNewer(manager, projectContract(oldContract({ contractId, revision, changedAt: `2026-01-10T06:00:${String(revision).padStart(2, '0')}.000Z` })), new Date()))),
    );
    expect(results[revisions.indexOf(10)]).toBe(true);
    expect((await positions.findById(contractId))?.revision).toBe(10);
    expect(await db.transaction((manager) => positions.keepIfNewer(manager, projectContract(oldContract({ contractId, revision: 9 })), new Date()))).toBe(false);
    expect((await positions.findById(contractId))?.payload.changedAt).toBe('2026-01-10T06:00:10.000Z');
  });

  it('lists a customer\'s contracts for the servant margin', async () => {
    const customerId = randomUUID();
    for (const contractId of [randomUUID(), randomUUID()]) await positions.keepIfNewer(db.manager, projectContract(oldContract({ contractId, customerId })), new Date());
    expect((await positions.ofCustomer(db.manager, customerId)).map((c) => c.customerId)).toEqual([customerId, customerId]);
  });

  it('stores the benefit number sealed (R-SEC-3) and reads it back in clear', async () => {
    const contract = oldContract({ contractId: randomUUID(), benefitNumber: '1234567890' });
    await positions.keepIfNewer(db.manager, projectContract(contract), new Date());
    const [row] = await db.query(`SELECT payload->>'benefitNumber' AS b, payload::text AS p FROM contract_position WHERE contract_id = $1`, [contract.contractId]);
    expect(row.b).toMatch(/^pii:v1:/);
    expect(row.p).not.toContain('1234567890');
    expect((await positions.findById(contract.contractId))?.benefitNumber).toBe('1234567890');
    await expect(db.query(`UPDATE contract_position SET payload = jsonb_set(payload, '{benefitNumber}', '"1234567890"') WHERE contract_id = $1`, [contract.contractId])).rejects.toThrow(/contract_position_benefit_number_sealed/);
  });
});
