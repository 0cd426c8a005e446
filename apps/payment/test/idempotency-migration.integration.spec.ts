import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { contentHash } from '@consignado/core';
import { IsoDate, Money } from '@consignado/finance';
import { messagingMigrations } from '@consignado/messaging';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import { PAYMENT_MIGRATIONS } from '../src/database';
import { receiptOf } from '../src/modules/payment/commands/make-payment/payment-receipt.view';
import type { Payment } from '../src/modules/payment/domain/payment';
import { PAYMENT_RESULT } from '../src/modules/payment/database/payment-result.codec';

/** The migrations as they were before the shared idempotency_key table. */
const BEFORE = PAYMENT_MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1795700000000);

const payment: Payment = {
  paymentId: randomUUID(),
  customerId: randomUUID(),
  contractId: randomUUID(),
  source: 'MANUAL',
  purpose: 'INSTALLMENT',
  amount: Money.of('320.00'),
  unallocated: Money.ZERO,
  effect: 'APPLIED',
  allocations: [{ installmentNumber: 1, dueDate: IsoDate.of('2025-09-01'), amount: Money.of('305.96'), daysLate: 10, fine: Money.of('6.12'), mora: Money.of('1.01'), total: Money.of('313.09') }],
  overpayment: Money.of('6.91'),
  paymentDate: IsoDate.of('2025-09-11'),
  paidAt: new Date('2025-09-11T13:00:00.123Z'),
  lateChargeParameters: 'LATE-2-0.033',
};
const report = { remittanceId: 'FOLHA-2025-03-001', referenceMonth: '2025-03', paymentDate: '2025-03-10', totals: { lines: 1, matched: 0, mismatched: 1, matchedAmount: '0.00', mismatchedAmount: '311.36' }, lines: [] };

describe('Idempotency-Keys stored before the shared table (payment)', () => {
  let schema: IsolatedSchema;
  let all: DataSource;

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...BEFORE] });
    const q = (sql: string, params: unknown[]) => schema.dataSource.query(sql, params);
    await q(`INSERT INTO billing (contract_id, customer_id, status) VALUES ($1, $2, 'ACTIVE')`, [payment.contractId, payment.customerId]);
    await q(
      `INSERT INTO payment (payment_id, customer_id, contract_id, source, amount, overpayment, payment_date, paid_at, allocations, late_charge_parameters, idempotency_key, request_fingerprint)
       VALUES ($1, $2, $3, 'MANUAL', 320.00, 6.91, '2025-09-11', $4, $5, 'LATE-2-0.033', 'key-1', $6)`,
      [payment.paymentId, payment.customerId, payment.contractId, payment.paidAt, JSON.stringify(receiptOf(payment).allocations), contentHash({ a: 1 })],
    );
    await q(`INSERT INTO payroll_remittance (remittance_id, content_hash, reference_month, payment_date, received_at, report) VALUES ($1, $2, '2025-03', '2025-03-10', now(), $3)`, [
      report.remittanceId,
      contentHash({ b: 2 }),
      JSON.stringify(report),
    ]);
    all = new DataSource({ type: 'postgres', url: testEndpoints().databaseUrl, schema: schema.schema, extra: { options: `-c search_path=${schema.schema}` }, migrations: [...messagingMigrations, ...PAYMENT_MIGRATIONS] });
    await all.initialize();
    await all.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await all.destroy();
    await schema.drop();
  });

  it('up(): each key is in idempotency_key with its fingerprint, and replays the same answer', async () => {
    const rows = await all.query(`SELECT scope, key, fingerprint, result FROM idempotency_key ORDER BY scope`);
    expect(rows.map((r: { scope: string; key: string; fingerprint: string }) => [r.scope, r.key, r.fingerprint])).toEqual([
      ['make-payment', 'key-1', contentHash({ a: 1 })],
      ['receive-remittance', report.remittanceId, contentHash({ b: 2 })],
    ]);
    expect(receiptOf(PAYMENT_RESULT.decode(rows[0].result))).toEqual(receiptOf(payment));
    expect(PAYMENT_RESULT.decode(rows[0].result).paidAt).toEqual(payment.paidAt);
    expect(rows[1].result).toEqual(report);
    const columns = await all.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND column_name IN ('idempotency_key', 'request_fingerprint', 'content_hash')`, [schema.schema]);
    expect(columns).toEqual([]);
  });

  it('down(): the keys go back where they were', async () => {
    // The later ones first (audit 1797000000000, 1796000000000, the life cycle's 1795900000000/1), then the three that moved the keys.
    for (let k = 0; k < PAYMENT_MIGRATIONS.length - BEFORE.length; k += 1) await all.undoLastMigration({ transaction: 'each' });
    expect(await all.query(`SELECT idempotency_key, request_fingerprint FROM payment`)).toEqual([{ idempotency_key: 'key-1', request_fingerprint: contentHash({ a: 1 }) }]);
    expect(await all.query(`SELECT content_hash, report FROM payroll_remittance`)).toEqual([{ content_hash: contentHash({ b: 2 }), report }]);
    expect(await all.query(`SELECT to_regclass('idempotency_key') AS t`)).toEqual([{ t: null }]);
  });
});
