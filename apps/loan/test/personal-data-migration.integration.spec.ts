import { randomUUID } from 'node:crypto';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { serviceDatabaseOptions } from '@consignado/eventing';
import { migrateSealingPersonalData, sealClearRows } from '@consignado/service-kit';
import { leaks, sealingMigration } from '@consignado/testing';
import type { DataSource } from 'typeorm';
import { SERVICE_ENTITIES, SERVICE_MIGRATIONS } from '../src/database';
import { TypeOrmContractRepository } from '../src/modules/contract/database/contract.repository';
import { LOAN_SEALING } from '../src/personal-data-at-rest';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const [inss, portability, personal] = [randomUUID(), randomUUID(), randomUUID()];
const CLEAR = { benefit: '9876543210', cpf: '39053344705' };

/** Contracts as the service stored them before personal data was sealed: an INSS one, a pending INSS portability keeping the CPF, a personal loan. */
async function clearRows(db: DataSource): Promise<void> {
  for (const [id, product, status, benefit, cpf] of [[inss, 'INSS_CONSIGNADO', 'ACTIVE', CLEAR.benefit, null], [portability, 'INSS_CONSIGNADO', 'PENDING_PORTABILITY', CLEAR.benefit, CLEAR.cpf], [personal, 'PERSONAL', 'ACTIVE', null, null]]) {
    await db.query(
      `INSERT INTO contract (id, proposal_id, customer_id, product, operation_type, channel, benefit_number, pending_averbation_cpf, parameter_version, released_amount, financed_amount,
         monthly_rate, term_months, installment_amount, iof, insurance, total_payable, cet_monthly_percent, cet_annual_percent, contract_date, first_due_date, status, booked_at,
         plan_start_date, plan_start_balance, plan_after_installment, current_installment_amount, current_term_months)
       VALUES ($1, $2, $3, $4, 'NEW', 'DIGITAL', $5, $6, 'P', 1000.00, 1000.00, '0.02', 3, 346.75, 0, 0, 1040.27, 2.00, 26.82, '2026-04-10', '2026-05-10', $7, now(),
         '2026-04-10', 1000.00, 0, 346.75, 3)`,
      [id, randomUUID(), randomUUID(), product, benefit, cpf, status],
    );
  }
}

/** Personal data at rest (R-SEC-3): the start-up backfill, then the migration that refuses clear data. */
describe('loan personal data at rest: migrations and the start-up backfill', () => {
  const sealing = sealingMigration({
    databaseOptions: serviceDatabaseOptions,
    entities: SERVICE_ENTITIES,
    migrations: SERVICE_MIGRATIONS,
    // RequireSealedContract1797220000001 and later came with sealed personal data.
    clearBefore: 1797220000001,
    seed: clearRows,
    tables: ['contract'],
  });

  it('rows written the old way are in clear, and the migration that refuses clear data refuses to run before the backfill', async () => {
    expect(leaks(await sealing.rows(), Object.values(CLEAR))).toEqual(Object.values(CLEAR));
    await expect(sealing.all.runMigrations({ transaction: 'each' })).rejects.toThrow('RequireSealedContract: 2 contract rows still hold personal data in clear');
  });

  it('the start-up step seals every row still in clear, a batch at a time, then runs the rest of the migrations', async () => {
    await migrateSealingPersonalData(sealing.options(), LOAN_SEALING, cipher, 1);
    expect(leaks(await sealing.rows(), Object.values(CLEAR))).toEqual([]);
    const done = await sealing.schema.dataSource.query(`SELECT name FROM migrations WHERE name LIKE 'RequireSealed%'`);
    expect(done.map((r: { name: string }) => r.name)).toEqual(['RequireSealedContract1797220000001']);
  });

  it('reads every sealed row back as it was written', async () => {
    const contracts = new TypeOrmContractRepository(sealing.schema.dataSource, cipher);
    expect((await contracts.findById(inss))?.snapshot).toMatchObject({ benefitNumber: CLEAR.benefit, pendingAverbationCpf: undefined });
    expect((await contracts.findById(portability))?.snapshot).toMatchObject({ benefitNumber: CLEAR.benefit, pendingAverbationCpf: CLEAR.cpf });
    expect((await contracts.findById(personal))?.snapshot).toMatchObject({ benefitNumber: undefined, pendingAverbationCpf: undefined });
  });

  it('is idempotent: run again, it seals nothing and changes nothing', async () => {
    const before = await sealing.rows();
    expect(await sealClearRows(sealing.schema.dataSource, LOAN_SEALING, cipher)).toEqual({ contract: 0 });
    await migrateSealingPersonalData(sealing.options(), LOAN_SEALING, cipher);
    expect(await sealing.rows()).toEqual(before);
  });

  it('from now on the database refuses personal data in clear', async () => {
    await expect(sealing.schema.dataSource.query(`UPDATE contract SET benefit_number = $2 WHERE id = $1`, [personal, CLEAR.benefit])).rejects.toThrow(/contract_benefit_number_sealed/);
    await expect(sealing.schema.dataSource.query(`UPDATE contract SET pending_averbation_cpf = $2 WHERE id = $1`, [inss, CLEAR.cpf])).rejects.toThrow(/contract_pending_averbation_cpf_sealed/);
  });

  it('down() lifts the constraints again', async () => {
    await sealing.all.undoLastMigration({ transaction: 'each' }); // ContractRenegotiation1797900000000,
    await sealing.all.undoLastMigration({ transaction: 'each' }); // ContractFormalization1797800000000,
    await sealing.all.undoLastMigration({ transaction: 'each' }); // InsurancePolicy1797700000000 and
    await sealing.all.undoLastMigration({ transaction: 'each' }); // ContractBlocks1797300000000, the ones after it
    await sealing.all.undoLastMigration({ transaction: 'each' });
    await sealing.schema.dataSource.query(`UPDATE contract SET benefit_number = $2 WHERE id = $1`, [personal, CLEAR.benefit]);
  });
});
