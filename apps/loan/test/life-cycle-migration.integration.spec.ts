import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { IsoDate } from '@consignado/finance';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { LOAN_ENTITIES, LOAN_MIGRATIONS } from '../src/modules/contract/database';
import { toContract } from '../src/modules/contract/database/contract.mapper';
import { ContractRow } from '../src/modules/contract/database/contract.orm-entity';
import { InstallmentRow } from '../src/modules/contract/database/installment.orm-entity';

/**
 * Migrations before the life-cycle one (1795500000002), and up to it (the personal-data ones after
 * it are personal-data-migration's) with ContractBlocks, InsurancePolicy, ContractFormalization and ContractRenegotiation after it, whose columns the entity reads.
 */
const BEFORE = LOAN_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1795500000002);
const UP_TO = LOAN_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) <= 1795500000002 || ['ContractBlocks1797300000000', 'InsurancePolicy1797700000000', 'ContractFormalization1797800000000', 'ContractRenegotiation1797900000000'].includes(m.name));
const [active, settled, lastPayment] = [randomUUID(), randomUUID(), randomUUID()];

/** A 3 × 346.75 contract (hand-worked loan) as the first migrations stored it. */
async function insertContract(q: (sql: string, params: unknown[]) => Promise<unknown>, id: string, status: string, paid: number[]): Promise<void> {
  await q(
    `INSERT INTO contract (id, proposal_id, customer_id, product, operation_type, channel, parameter_version, released_amount, financed_amount, monthly_rate,
       term_months, installment_amount, iof, insurance, total_payable, cet_monthly_percent, cet_annual_percent, contract_date, first_due_date, status, booked_at, activated_at)
     VALUES ($1, $2, $3, 'PERSONAL', 'NEW', 'DIGITAL', 'P', 1000.00, 1000.00, '0.02', 3, 346.75, 0, 0, 1040.27, 2.00, 26.82, '2026-04-10', '2026-05-10', $4, now(), now())`,
    [id, randomUUID(), randomUUID(), status],
  );
  const rows = [['2026-05-10', '346.75', '20.00', '326.75', '673.25'], ['2026-06-10', '346.75', '13.47', '333.28', '339.97'], ['2026-07-10', '346.77', '6.80', '339.97', '0.00']];
  for (const [k, [due, amount, interest, amortization, balance]] of rows.entries()) {
    const isPaid = paid.includes(k + 1);
    await q(
      `INSERT INTO contract_installment (contract_id, number, due_date, amount, interest, amortization, balance, status, payment_id, paid_date, paid_amount, fine, mora)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [id, k + 1, due, amount, interest, amortization, balance, isPaid ? 'PAID' : 'PENDING', isPaid ? (k === 2 ? lastPayment : randomUUID()) : null,
        isPaid ? due : null, isPaid ? amount : null, isPaid ? '0.00' : null, isPaid ? '0.00' : null],
    );
  }
}

describe('migration 1795500000002 (contract life cycle) on contracts booked before it', () => {
  let schema: IsolatedSchema;
  let all: DataSource;

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: BEFORE });
    const q = (sql: string, params: unknown[]) => schema.dataSource.query(sql, params);
    await insertContract(q, active, 'ACTIVE', [1]);
    await insertContract(q, settled, 'SETTLED', [1, 2, 3]);
    all = new DataSource({
      type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}` },
      migrations: UP_TO, entities: LOAN_ENTITIES,
    });
    await all.initialize();
    await all.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await all.destroy();
    await schema.drop();
  });

  const load = async (id: string) => {
    const row = await all.getRepository(ContractRow).findOneByOrFail({ id });
    return toContract(new FieldCipher(DEV_PII_KEY_RING), row, await all.getRepository(InstallmentRow).findBy({ contractId: id }));
  };

  it('up(): the plan is the booked schedule, settled contracts were paid off, revisions start at 0', async () => {
    const contract = await load(active);
    expect([...Object.values(contract.snapshot.plan).map(String), contract.snapshot.revision]).toEqual(['2026-04-10', '1000.00', '0', '346.75', '3', 0]);
    const balance = contract.updatedBalance(IsoDate.of('2026-05-25'));
    expect(balance.ok && String(balance.value)).toBe('679.95');
    const paidOff = (await load(settled)).snapshot.settlement;
    expect([paidOff?.reason, String(paidOff?.date), paidOff?.paymentId, paidOff?.amount]).toEqual(['PAID_OFF', '2026-07-10', lastPayment, undefined]);
  });

  it('down() refuses while a row uses a new state, then goes down and up again', async () => {
    // ContractRenegotiation first: refused while a contract was settled RENEGOTIATED (the older reasons cannot say it).
    await all.query(`UPDATE contract SET settlement_reason = 'RENEGOTIATED' WHERE id = $1`, [settled]);
    await expect(all.undoLastMigration({ transaction: 'each' })).rejects.toThrow(/contract_settlement_reason_check/);
    await all.query(`UPDATE contract SET settlement_reason = 'PAID_OFF' WHERE id = $1`, [settled]);
    await all.undoLastMigration({ transaction: 'each' });
    expect(await all.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'renegotiation'`, [schema.schema])).toEqual([{ n: 0 }]);
    // Then ContractFormalization: refused while a contract awaits acceptance (the older statuses cannot say it).
    await all.query(`UPDATE contract SET status = 'AWAITING_ACCEPTANCE' WHERE id = $1`, [active]);
    await expect(all.undoLastMigration({ transaction: 'each' })).rejects.toThrow(/contract_status_check/);
    expect(await all.query(`SELECT to_regclass('contract_document') IS NOT NULL AS t`)).toEqual([{ t: true }]);
    await all.query(`UPDATE contract SET status = 'ACTIVE' WHERE id = $1`, [active]);
    await all.undoLastMigration({ transaction: 'each' });
    expect(await all.query(`SELECT to_regclass('contract_document') AS t`)).toEqual([{ t: null }]);
    await all.undoLastMigration({ transaction: 'each' }); // then InsurancePolicy,
    await all.undoLastMigration({ transaction: 'each' }); // then ContractBlocks
    await all.query(`UPDATE contract_installment SET status = 'SETTLED' WHERE contract_id = $1 AND number = 3`, [active]);
    await expect(all.undoLastMigration({ transaction: 'each' })).rejects.toThrow(/contract_installment_status_check/);
    expect(await all.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'revision'`, [schema.schema])).toEqual([{ n: 1 }]);
    await all.query(`UPDATE contract_installment SET status = 'PENDING' WHERE contract_id = $1 AND number = 3`, [active]);
    await all.undoLastMigration({ transaction: 'each' });
    expect(await all.query(`SELECT to_regclass('portability_out_request') AS t`)).toEqual([{ t: null }]);
    expect(await all.query(`SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = $1 AND column_name IN ('revision', 'plan_start_date')`, [schema.schema])).toEqual([{ n: 0 }]);
    await all.runMigrations({ transaction: 'each' });
    expect((await load(active)).snapshot.plan.termMonths).toBe(3);
  });
});
