import { randomUUID } from 'node:crypto';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { serviceDatabaseOptions } from '@consignado/eventing';
import { messagingMigrations } from '@consignado/messaging';
import { migrateSealingPersonalData } from '@consignado/service-kit';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { PAYMENT_ENTITIES, PAYMENT_MIGRATIONS } from '../src/database';
import { TypeOrmPayrollDeductionRepository } from '../src/modules/billing/database/payroll-deduction.repository';
import { backfillPersonalData, PAYMENT_SEALING } from '../src/personal-data-at-rest';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
/** The migrations before benefit numbers were sealed (ErasablePayrollDeduction1797240000000 and later left out). */
const BEFORE_SEALING = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1797240000000);
const BENEFITS = ['7341118911', '7341118912'];
const contracts = [randomUUID(), randomUUID()];

const rowsOf = async (db: DataSource): Promise<string[]> => (await db.query(`SELECT row_to_json(t)::text AS r FROM payroll_deduction t ORDER BY 1`)).map((x: { r: string }) => x.r);
const leaks = (rows: string[]): string[] => BENEFITS.filter((b) => rows.some((r) => r.includes(b)));

const serviceOptions = (schema: IsolatedSchema) =>
  ({ ...serviceDatabaseOptions({ url: testEndpoints().databaseUrl, schema: schema.schema, entities: PAYMENT_ENTITIES, migrations: PAYMENT_MIGRATIONS }), logging: false }) as Extract<DataSourceOptions, { type: 'postgres' }>;

/** Deductions as payment recorded them before benefit numbers were sealed. */
async function schemaWithClearRows(): Promise<IsolatedSchema> {
  const schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...BEFORE_SEALING], entities: PAYMENT_ENTITIES });
  for (const [k, contractId] of contracts.entries()) {
    await schema.dataSource.query(
      `INSERT INTO payroll_deduction (contract_id, averbation_id, protocol, benefit_number, installment_amount, term_months, first_due_date, registered_at) VALUES ($1, $2, $3, $4, '311.36', 48, '2025-03-10', now())`,
      [contractId, randomUUID(), `DTP-${k}`, BENEFITS[k]],
    );
  }
  return schema;
}

/** Personal data at rest (R-SEC-3): payroll deductions' benefit numbers sealed at start-up, then refused in clear. */
describe('payment personal data at rest: migrations and the start-up backfill', () => {
  let schema: IsolatedSchema;
  let all: DataSource;

  beforeAll(async () => {
    schema = await schemaWithClearRows();
    all = new DataSource({ ...serviceOptions(schema), migrationsRun: false });
    await all.initialize();
  });

  afterAll(async () => {
    await all?.destroy();
    await schema?.drop();
  });

  it('deductions written the old way are in clear, and the migration that refuses clear data refuses to run before the backfill', async () => {
    expect(leaks(await rowsOf(schema.dataSource))).toEqual(BENEFITS);
    await expect(all.runMigrations({ transaction: 'each' })).rejects.toThrow('RequireSealedPayrollDeduction: 2 payroll_deduction rows still hold personal data in clear');
  });

  it('the start-up step seals every benefit number, a batch at a time, then runs the rest of the migrations', async () => {
    await migrateSealingPersonalData(serviceOptions(schema), PAYMENT_SEALING, cipher, 1);
    const rows = await rowsOf(schema.dataSource);
    expect([rows.length, leaks(rows)]).toEqual([2, []]);
    const done = await schema.dataSource.query(`SELECT name FROM migrations WHERE name LIKE 'RequireSealed%'`);
    expect(done.map((r: { name: string }) => r.name)).toEqual(['RequireSealedPayrollDeduction1797240000001']);
  });

  it('reads every sealed deduction back as it was written', async () => {
    const deductions = new TypeOrmPayrollDeductionRepository(schema.dataSource, cipher);
    expect((await deductions.find(contracts[0]))?.benefitNumber).toBe(BENEFITS[0]);
    const many = await deductions.findMany(schema.dataSource.manager, contracts);
    expect(contracts.map((c) => many.get(c)?.benefitNumber)).toEqual(BENEFITS);
  });

  it('is idempotent: run again, it seals nothing and changes nothing', async () => {
    const before = await rowsOf(schema.dataSource);
    expect(await backfillPersonalData(schema.dataSource, cipher)).toEqual({ payroll_deduction: 0 });
    await migrateSealingPersonalData(serviceOptions(schema), PAYMENT_SEALING, cipher);
    expect(await rowsOf(schema.dataSource)).toEqual(before);
  });

  it('new deductions are stored sealed, and the database refuses a benefit number in clear', async () => {
    const contractId = randomUUID();
    const deductions = new TypeOrmPayrollDeductionRepository(schema.dataSource, cipher);
    const deduction = { contractId, averbationId: randomUUID(), protocol: 'DTP-9', benefitNumber: '7341118913', installmentAmount: '311.36', termMonths: 48, firstDueDate: '2025-03-10', registeredAt: new Date() };
    expect(await deductions.addIfAbsent(schema.dataSource.manager, deduction)).toBe(true);
    const [stored] = await schema.dataSource.query(`SELECT benefit_number FROM payroll_deduction WHERE contract_id = $1`, [contractId]);
    expect(stored.benefit_number).toMatch(/^pii:v1:/);
    expect((await deductions.find(contractId))?.benefitNumber).toBe('7341118913');
    await expect(schema.dataSource.query(`UPDATE payroll_deduction SET benefit_number = '7341118913' WHERE contract_id = $1`, [contractId])).rejects.toThrow(/payroll_deduction_benefit_number_sealed/);
  });

  it('down() lifts the constraint again', async () => {
    await all.undoLastMigration({ transaction: 'each' });
    await schema.dataSource.query(`UPDATE payroll_deduction SET benefit_number = $1 WHERE contract_id = $2`, [BENEFITS[0], contracts[0]]);
    expect(leaks(await rowsOf(schema.dataSource))).toEqual([BENEFITS[0]]);
  });
});
