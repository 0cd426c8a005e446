import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { PAYMENT_MIGRATIONS } from '../src/database';

/** What came before the insurance migrations (1797700000000 payoff, 1797700000001 premium refund). */
const BEFORE = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1797700000000);

const ids = { contractId: randomUUID(), customerId: randomUUID() };

describe('migrations 1797700000000 (insurance payoff) and 1797700000001 (insurance premium refund)', () => {
  let schema: IsolatedSchema;
  let all: DataSource;
  const q = (sql: string, params: unknown[] = []) => all.query(sql, params);
  const payoff = (settlement: object) =>
    q(`INSERT INTO payment (payment_id, customer_id, contract_id, source, purpose, amount, unallocated, overpayment, payment_date, paid_at, allocations, settlement)
       VALUES ($1, $2, $3, 'INSURANCE', 'EARLY_SETTLEMENT', 1016.64, 1016.64, 0, '2026-05-05', now(), '[]', $4)`, [randomUUID(), ids.customerId, ids.contractId, JSON.stringify(settlement)]);

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...BEFORE] });
    await schema.dataSource.query(`INSERT INTO billing (contract_id, customer_id, status, credit_balance) VALUES ($1, $2, 'SETTLED', 3.36)`, [ids.contractId, ids.customerId]);
    all = new DataSource({ type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}` }, migrations: [...messagingMigrations, ...PAYMENT_MIGRATIONS] });
    await all.initialize();
    await all.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await all?.destroy();
    await schema?.drop();
  });

  it('up(): an existing billing has no refund; one insurer\'s payment per claim, and none without its claim', async () => {
    expect(await q(`SELECT credit_balance::text AS credit, insurance_premium_refund AS refund FROM billing`)).toEqual([{ credit: '3.36', refund: null }]);
    await expect(q(`UPDATE billing SET insurance_premium_refund = -1`)).rejects.toThrow(/insurance_premium_refund_check/);
    const claimId = randomUUID();
    await payoff({ reason: 'INSURANCE_CLAIM', claimId });
    await expect(payoff({ reason: 'INSURANCE_CLAIM', claimId })).rejects.toThrow(/payment_insurance_payoff/);
    await expect(payoff({ reason: 'INSURANCE_CLAIM' })).rejects.toThrow(/payment_insurance_claim/);
  });

  it('down(): the insurer\'s payment stays, the refund column goes with the credit kept; up() again works', async () => {
    await q(`UPDATE billing SET insurance_premium_refund = 123.45, credit_balance = 126.81`);
    for (let k = 0; k < PAYMENT_MIGRATIONS.length - BEFORE.length; k += 1) await all.undoLastMigration({ transaction: 'each' });
    expect(await q(`SELECT source, settlement ->> 'reason' AS reason FROM payment`)).toEqual([{ source: 'INSURANCE', reason: 'INSURANCE_CLAIM' }]);
    expect(await q(`SELECT credit_balance::text AS credit FROM billing`)).toEqual([{ credit: '126.81' }]);
    expect(await q(`SELECT to_regclass('payment_insurance_payoff') AS i`)).toEqual([{ i: null }]);
    await all.runMigrations({ transaction: 'each' });
    expect(await q(`SELECT credit_balance::text AS credit, insurance_premium_refund AS refund FROM billing`)).toEqual([{ credit: '126.81', refund: null }]);
    expect(await q(`SELECT to_regclass('payment_insurance_payoff')::text AS i`)).toEqual([{ i: 'payment_insurance_payoff' }]);
  });
});
