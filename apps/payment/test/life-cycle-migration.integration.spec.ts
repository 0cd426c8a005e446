import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { PAYMENT_MIGRATIONS } from '../src/database';

/** The migrations as they were before the billing kept its position (1795900000000, 1795900000001). */
const BEFORE = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1795900000000);

const legacy = { contractId: randomUUID(), customerId: randomUUID(), paymentId: randomUUID() };

describe('migrations 1795900000000 (billing position), 1795900000001 (payment life cycle), 1796000000000 (hold released by a failed averbação) and 1797000000000 (audit trail)', () => {
  let schema: IsolatedSchema;
  let all: DataSource;
  const q = (sql: string, params: unknown[] = []) => all.query(sql, params);

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...BEFORE] });
    const before = (sql: string, params: unknown[]) => schema.dataSource.query(sql, params);
    await before(`INSERT INTO billing (contract_id, customer_id, status) VALUES ($1, $2, 'ACTIVE')`, [legacy.contractId, legacy.customerId]);
    await before(
      `INSERT INTO billing_installment (contract_id, number, due_date, amount, status, payment_id, paid_date, paid_amount, fine, mora)
       VALUES ($1, 1, '2026-05-10', 346.75, 'PAID', $2, '2026-05-10', 346.75, 0, 0), ($1, 2, '2026-06-10', 346.75, 'PENDING', NULL, NULL, NULL, NULL, NULL)`,
      [legacy.contractId, legacy.paymentId],
    );
    await before(
      `INSERT INTO payment (payment_id, customer_id, contract_id, source, amount, overpayment, payment_date, paid_at, allocations, late_charge_parameters)
       VALUES ($1, $2, $3, 'MANUAL', 346.75, 0, '2026-05-10', now(), '[]', 'LATE-2-0.033')`,
      [legacy.paymentId, legacy.customerId, legacy.contractId],
    );
    all = new DataSource({ type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}` }, migrations: [...messagingMigrations, ...PAYMENT_MIGRATIONS] });
    await all.initialize();
    await all.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await all?.destroy();
    await schema?.drop();
  });

  it('up(): a billing that existed before has no position (refused, never guessed); its payments are applied installment payments', async () => {
    expect(await q(`SELECT monthly_rate, plan_start_date, plan_installment, settled_by_payment_id FROM billing`)).toEqual([{ monthly_rate: null, plan_start_date: null, plan_installment: null, settled_by_payment_id: null }]);
    expect(await q(`SELECT number, status, interest, balance FROM billing_installment ORDER BY number`)).toEqual([
      { number: 1, status: 'PAID', interest: null, balance: null },
      { number: 2, status: 'PENDING', interest: null, balance: null },
    ]);
    expect(await q(`SELECT purpose, unallocated::text, effect, settlement FROM payment`)).toEqual([{ purpose: 'INSTALLMENT', unallocated: '0.00', effect: 'APPLIED', settlement: null }]);
    // A half-known plan is refused by the schema.
    await expect(q(`UPDATE billing SET monthly_rate = 0.02`)).rejects.toThrow(/billing_plan_whole/);
    expect(await q(`SELECT count(*)::int AS n FROM audit_entry`)).toEqual([{ n: 0 }]);
  });

  it('one payoff per new contract and per NU', async () => {
    const payoff = (id: string, source: string, settlement: object) =>
      q(`INSERT INTO payment (payment_id, customer_id, contract_id, source, purpose, amount, unallocated, overpayment, payment_date, paid_at, allocations, settlement)
         VALUES ($1, $2, $3, $4, 'EARLY_SETTLEMENT', 400, 400, 0, '2026-06-10', now(), '[]', $5)`, [id, legacy.customerId, legacy.contractId, source, JSON.stringify(settlement)]);
    const newContract = randomUUID();
    await payoff(randomUUID(), 'REFINANCING', { reason: 'REFINANCED', replacedByContractId: newContract });
    await expect(payoff(randomUUID(), 'REFINANCING', { reason: 'REFINANCED', replacedByContractId: newContract })).rejects.toThrow(/payment_refinancing_payoff/);
    await payoff(randomUUID(), 'PORTABILITY', { reason: 'PORTED_OUT', portabilityNumber: '202606100000000000001' });
    await expect(payoff(randomUUID(), 'PORTABILITY', { reason: 'PORTED_OUT', portabilityNumber: '202606100000000000001' })).rejects.toThrow(/payment_portability_payoff/);
  });

  it('down(): SETTLED rows become CLOSED, every payment stays (payoffs keep their source), the holds and position go; up() again works', async () => {
    await q(`UPDATE billing_installment SET status = 'SETTLED' WHERE number = 2`);
    await q(`INSERT INTO refinancing_hold (proposal_id, contract_id, status, held_at) VALUES ($1, $2, 'HELD', now())`, [randomUUID(), legacy.contractId]);
    await q(`INSERT INTO refinancing_hold (proposal_id, status, released_at, release_reason) VALUES ($1, 'RELEASED', now(), 'AVERBATION_FAILED')`, [randomUUID()]);
    await expect(q(`INSERT INTO refinancing_hold (proposal_id, status, released_at, release_reason) VALUES ($1, 'RELEASED', now(), 'EXPIRED')`, [randomUUID()])).rejects.toThrow(/refinancing_hold_release_reason_check/);
    for (let k = 0; k < PAYMENT_MIGRATIONS.length - BEFORE.length; k += 1) await all.undoLastMigration({ transaction: 'each' });
    expect(await q(`SELECT number, status FROM billing_installment ORDER BY number`)).toEqual([
      { number: 1, status: 'PAID' },
      { number: 2, status: 'CLOSED' },
    ]);
    expect(await q(`SELECT source, late_charge_parameters FROM payment ORDER BY source`)).toEqual([
      { source: 'MANUAL', late_charge_parameters: 'LATE-2-0.033' },
      { source: 'PORTABILITY', late_charge_parameters: 'NONE' },
      { source: 'REFINANCING', late_charge_parameters: 'NONE' },
    ]);
    expect(await q(`SELECT to_regclass('refinancing_hold') AS t, to_regclass('audit_entry') AS a`)).toEqual([{ t: null, a: null }]);
    const columns = await q(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND column_name IN ('monthly_rate', 'interest', 'purpose', 'unallocated')`, [schema.schema]);
    expect(columns).toEqual([]);
    await all.runMigrations({ transaction: 'each' });
    expect(await q(`SELECT count(*)::int AS n FROM payment WHERE purpose = 'INSTALLMENT'`)).toEqual([{ n: 3 }]);
  });
});
