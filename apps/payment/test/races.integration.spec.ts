import { randomUUID } from 'node:crypto';
import type { PayloadOf } from '@consignado/contracts';
import { handActivation } from './fixtures/contracts';
import { type Harness, startHarness } from './harness';

type Activation = PayloadOf<'ContractActivated'>;

/**
 * Money meeting on one contract at once (docs/life-cycle.md principle 1): the billing's row lock
 * serializes them, so exactly one of the two legal outcomes happens, never both, and Kafka agrees.
 * HAND on its first due date 2026-05-10: #1 costs 346.75; the settlement with nothing paid is
 * 1000.00 + R(1000 × 0.02) = 1020.00, and once #1 is paid it is B_1 = 673.25.
 */
describe('concurrent money on one contract (payment, real stack)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    await h.setToday('2026-05-10');
  });

  afterAll(async () => {
    await h?.close();
  });

  const of = (a: Activation, over: Record<string, unknown>) => ({ customerId: a.customerId, contractId: a.contractId, paymentDate: '2026-05-10', ...over });
  const settle = (a: Activation, key?: string) => h.pay(of(a, { purpose: 'EARLY_SETTLEMENT', amount: '1020.00' }), key);

  /** Waits for the winner's PaymentReceived, then checks it is the contract's only one. */
  const onlyEvent = async (a: Activation, paymentId: string, purpose: string) => {
    expect((await h.received(paymentId)).payload.purpose).toBe(purpose);
    expect(h.receivedFor(a.contractId).map((p) => [p.paymentId, p.purpose])).toEqual([[paymentId, purpose]]);
  };

  it('an installment and an early settlement sent together: the installment paid and the settlement refused, or settled and the installment refused — never both', async () => {
    const contracts = await Promise.all(Array.from({ length: 6 }, () => h.activate(handActivation())));
    await Promise.all(
      contracts.map(async (a) => {
        const [installment, settlement] = await Promise.all([h.pay(of(a, { installments: [1], amount: '346.75' })), settle(a)]);
        const view = await h.view(a.contractId);
        if (installment.status === 201) {
          expect([settlement.status, settlement.body.code, settlement.body.details.settlementAmount]).toEqual([422, 'PAYMENT.SETTLEMENT_AMOUNT_MISMATCH', '673.25']);
          expect([view.status, view.installments.map((i: any) => i.status)]).toEqual(['ACTIVE', ['PAID', 'PENDING', 'PENDING']]);
          await onlyEvent(a, installment.body.paymentId, 'INSTALLMENT');
        } else {
          expect([settlement.status, installment.status, installment.body.code]).toEqual([201, 422, 'PAYMENT.CONTRACT_SETTLED']);
          expect([view.status, view.settledByPaymentId, view.installments.map((i: any) => i.status)]).toEqual(['SETTLED', settlement.body.paymentId, ['SETTLED', 'SETTLED', 'SETTLED']]);
          await onlyEvent(a, settlement.body.paymentId, 'EARLY_SETTLEMENT');
        }
      }),
    );
  });

  it('a payroll remittance line and an early settlement together: the line MATCHED and the settlement refused, or settled and the line reported CONTRACT_NOT_ACTIVE', async () => {
    const contracts = await Promise.all(Array.from({ length: 4 }, () => h.activate(handActivation(), '1234567890')));
    await Promise.all(
      contracts.map(async (a) => {
        const remittance = { remittanceId: `R-${randomUUID().slice(0, 8)}`, referenceMonth: '2026-05', paymentDate: '2026-05-10', lines: [{ benefitNumber: '1234567890', contractId: a.contractId, installmentNumber: 1, amount: '346.75' }] };
        const [remitted, settlement] = await Promise.all([h.remit(remittance), settle(a)]);
        const line = remitted.body.lines[0];
        expect(remitted.status).toBe(201);
        if (line.status === 'MATCHED') {
          expect([settlement.status, settlement.body.code]).toEqual([422, 'PAYMENT.SETTLEMENT_AMOUNT_MISMATCH']);
          const paid = (await h.view(a.contractId)).installments[0];
          await onlyEvent(a, paid.paymentId, 'INSTALLMENT');
        } else {
          expect([line.status, settlement.status]).toEqual(['CONTRACT_NOT_ACTIVE', 201]);
          expect(remitted.body.totals).toMatchObject({ matched: 0, mismatched: 1 });
          await onlyEvent(a, settlement.body.paymentId, 'EARLY_SETTLEMENT');
        }
      }),
    );
  });

  it('an early settlement retried with the same Idempotency-Key, at once and later: one settlement, one PaymentReceived; another body on that key is 409', async () => {
    const a = await h.activate(handActivation());
    const key = randomUUID();
    const answers = await Promise.all([settle(a, key), settle(a, key), h.pay(of(a, { purpose: 'EARLY_SETTLEMENT', amount: '1020.00', paymentDate: '10/05/2026' }), key)]);
    expect(answers.map((x) => x.status).sort()).toEqual([200, 200, 201]);
    expect(answers.every((x) => JSON.stringify(x.body) === JSON.stringify(answers[0].body))).toBe(true);
    const later = await settle(a, key);
    expect([later.status, later.body]).toEqual([200, answers[0].body]);
    const other = await h.pay(of(a, { purpose: 'EARLY_SETTLEMENT', amount: '1020.01' }), key);
    expect([other.status, other.body.code]).toEqual([409, 'PAYMENT.IDEMPOTENCY_CONFLICT']);
    await onlyEvent(a, answers[0].body.paymentId, 'EARLY_SETTLEMENT');
  });
});
