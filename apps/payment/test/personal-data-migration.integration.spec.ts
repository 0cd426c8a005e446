import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { serviceDatabaseOptions } from '@consignado/eventing';
import { migrateSealingPersonalData, sealClearRows } from '@consignado/service-kit';
import { leaks, sealingMigration } from '@consignado/testing';
import { PAYMENT_ENTITIES, PAYMENT_MIGRATIONS } from '../src/database';
import { TypeOrmPayrollDeductionRepository } from '../src/modules/billing/database/payroll-deduction.repository';
import { PAYMENT_SEALING } from '../src/personal-data-at-rest';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const BENEFITS = ['7341118911', '7341118912'];
const contracts = [randomUUID(), randomUUID()];

/** Deductions as payment recorded them before benefit numbers were sealed. */
async function clearRows(db: DataSource): Promise<void> {
  for (const [k, contractId] of contracts.entries()) {
    await db.query(
      `INSERT INTO payroll_deduction (contract_id, averbation_id, protocol, benefit_number, installment_amount, term_months, first_due_date, registered_at) VALUES ($1, $2, $3, $4, '311.36', 48, '2025-03-10', now())`,
      [contractId, randomUUID(), `DTP-${k}`, BENEFITS[k]],
    );
  }
}

/** Personal data at rest (R-SEC-3): payroll deductions' benefit numbers sealed at start-up, then refused in clear. */
describe('payment personal data at rest: migrations and the start-up backfill', () => {
  const sealing = sealingMigration({
    databaseOptions: serviceDatabaseOptions,
    entities: PAYMENT_ENTITIES,
    migrations: PAYMENT_MIGRATIONS,
    // ErasablePayrollDeduction1797240000000 and later came with sealed benefit numbers.
    clearBefore: 1797240000000,
    seed: clearRows,
    tables: ['payroll_deduction'],
  });

  it('deductions written the old way are in clear, and the migration that refuses clear data refuses to run before the backfill', async () => {
    expect(leaks(await sealing.rows(), BENEFITS)).toEqual(BENEFITS);
    await expect(sealing.all.runMigrations({ transaction: 'each' })).rejects.toThrow('RequireSealedPayrollDeduction: 2 payroll_deduction rows still hold personal data in clear');
  });

  it('the start-up step seals every benefit number, a batch at a time, then runs the rest of the migrations', async () => {
    await migrateSealingPersonalData(sealing.options(), PAYMENT_SEALING, cipher, 1);
    const rows = await sealing.rows();
    expect([rows.length, leaks(rows, BENEFITS)]).toEqual([2, []]);
    const done = await sealing.schema.dataSource.query(`SELECT name FROM migrations WHERE name LIKE 'RequireSealed%'`);
    expect(done.map((r: { name: string }) => r.name)).toEqual(['RequireSealedPayrollDeduction1797240000001']);
  });

  it('reads every sealed deduction back as it was written', async () => {
    const deductions = new TypeOrmPayrollDeductionRepository(sealing.schema.dataSource, cipher);
    expect((await deductions.find(contracts[0]))?.benefitNumber).toBe(BENEFITS[0]);
    const many = await deductions.findMany(sealing.schema.dataSource.manager, contracts);
    expect(contracts.map((c) => many.get(c)?.benefitNumber)).toEqual(BENEFITS);
  });

  it('is idempotent: run again, it seals nothing and changes nothing', async () => {
    const before = await sealing.rows();
    expect(await sealClearRows(sealing.schema.dataSource, PAYMENT_SEALING, cipher)).toEqual({ payroll_deduction: 0 });
    await migrateSealingPersonalData(sealing.options(), PAYMENT_SEALING, cipher);
    expect(await sealing.rows()).toEqual(before);
  });

  it('new deductions are stored sealed, and the database refuses a benefit number in clear', async () => {
    const contractId = randomUUID();
    const deductions = new TypeOrmPayrollDeductionRepository(sealing.schema.dataSource, cipher);
    const deduction = { contractId, averbationId: randomUUID(), protocol: 'DTP-9', benefitNumber: '7341118913', installmentAmount: '311.36', termMonths: 48, firstDueDate: '2025-03-10', registeredAt: new Date() };
    expect(await deductions.addIfAbsent(sealing.schema.dataSource.manager, deduction)).toBe(true);
    const [stored] = await sealing.schema.dataSource.query(`SELECT benefit_number FROM payroll_deduction WHERE contract_id = $1`, [contractId]);
    expect(stored.benefit_number).toMatch(/^pii:v1:/);
    expect((await deductions.find(contractId))?.benefitNumber).toBe('7341118913');
    await expect(sealing.schema.dataSource.query(`UPDATE payroll_deduction SET benefit_number = '7341118913' WHERE contract_id = $1`, [contractId])).rejects.toThrow(/payroll_deduction_benefit_number_sealed/);
  });

  it('down() lifts the constraint again', async () => {
    // The migrations after RequireSealedPayrollDeduction1797240000001 go down first, then it.
    const later = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) > 1797240000001).length;
    for (let k = 0; k <= later; k += 1) await sealing.all.undoLastMigration({ transaction: 'each' });
    await sealing.schema.dataSource.query(`UPDATE payroll_deduction SET benefit_number = $1 WHERE contract_id = $2`, [BENEFITS[0], contracts[0]]);
    expect(leaks(await sealing.rows(), BENEFITS)).toEqual([BENEFITS[0]]);
  });
});
