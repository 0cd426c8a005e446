import { handWorkedApproval } from '../../../../test/fixtures/approvals';
import { booked, expectValid, only, rowsOf } from '../../../../test/fixtures/contracts';
import { renegotiationPayment, workoutTerms } from '../../../../test/fixtures/renegotiation';
import type { WorkoutTerms } from '@consignado/contracts';

const at = new Date('2026-05-20T15:00:00.000Z');
const NEW_ID = '99999999-8888-4777-8666-000000000008';
const late = (insurance?: string) => booked(insurance ? handWorkedApproval({ insurance }) : handWorkedApproval());
const paymentFor = (contract: ReturnType<typeof late>, terms: WorkoutTerms, debt = '1032.54') => renegotiationPayment({ id: contract.id, customerId: contract.snapshot.customerId }, terms, debt, '2026-05-20', NEW_ID);

/*
 * The hand-worked loan late on 2026-05-20 renegotiated LONGER_TERM for R$ 300 (fixtures/renegotiation.ts):
 * 4 × 271.17 on 1032.54 from 2026-05-20, rows (Python decimal) 271.17 / 20.65 / 782.02, 271.17 / 15.64 /
 * 526.49, 271.17 / 10.53 / 265.85, 271.17 / 5.32 / 0.00, total 1084.68. CET (Res. CMN 3.517: 1032.54 =
 * Σ 271.17 / (1+r)^(days/365), days 30, 60, 91, 122; bisection in Python decimal): 26.95% a year,
 * (1+r)^(1/12) − 1 = 2.01% a month.
 */
describe('renegotiation of a late contract (PaymentReceived RENEGOTIATED, R-LN-8)', () => {
  it('settles the old contract RENEGOTIATED and opens the RENEGOTIATION contract ACTIVE on the offer', () => {
    const old = late();
    const payment = paymentFor(old, workoutTerms());
    const successor = old.renegotiate(payment, at);
    expect(old.status).toBe('SETTLED');
    expect(rowsOf(old).map((r) => r[6])).toEqual(['SETTLED', 'SETTLED', 'SETTLED']);
    const closing = old.pullEvents();
    expect(closing.map((e) => e.type)).toEqual(['ContractSettled', 'ContractPositionChanged']);
    expect(only(closing, 'ContractSettled')).toEqual({
      contractId: old.id, customerId: old.snapshot.customerId, reason: 'RENEGOTIATED', settlementAmount: '1032.54', remainingUndiscounted: '1040.27',
      replacedByContractId: NEW_ID, paymentId: payment.paymentId, lastPaymentDate: '2026-05-20', settledAt: at.toISOString(),
    });
    const opening = successor.pullEvents();
    expect(opening.map((e) => e.type)).toEqual(['ContractActivated', 'ContractPositionChanged']);
    const activated = only(opening, 'ContractActivated');
    expect(activated).toMatchObject({
      contractId: NEW_ID, proposalId: old.snapshot.proposalId, customerId: old.snapshot.customerId, product: 'PERSONAL', operationType: 'RENEGOTIATION', channel: 'INTERNAL',
      releasedAmount: '1032.54', financedAmount: '1032.54', monthlyRate: '0.02', termMonths: 4, installmentAmount: '271.17', iof: '0.00', insurance: '0.00',
      totalPayable: '1084.68', cetMonthlyPercent: '2.01', cetAnnualPercent: '26.95', contractDate: '2026-05-20', firstDueDate: '2026-06-19',
      renegotiation: { renegotiatedContractId: old.id, paymentId: payment.paymentId, effectiveDate: '2026-05-20', terms: payment.settlement?.renegotiation },
    });
    expect(activated.schedule).toEqual([['2026-06-19', 1], ['2026-07-19', 2], ['2026-08-19', 3], ['2026-09-19', 4]].map(([dueDate, number]) => ({ number, dueDate, amount: '271.17' })));
    expect(rowsOf(successor)[0]).toEqual(['1', '2026-06-19', '271.17', '20.65', '250.52', '782.02', 'PENDING']);
    expect(only(opening, 'ContractPositionChanged')).toMatchObject({ revision: 1, status: 'ACTIVE', operationType: 'RENEGOTIATION', financedAmount: '1032.54' });
    expect([successor.status, successor.snapshot.policy, successor.snapshot.formalization]).toEqual(['ACTIVE', undefined, undefined]);
    expectValid([...closing, ...opening]);
  });

  it.each<[string, Partial<WorkoutTerms>, string | undefined, string]>([
    ['an installment a cent above', { installmentAmount: '271.18' }, undefined, 'installmentAmount'],
    ['a debt a cent below', {}, '1032.53', 'unallocated'],
    ['a consolidated debt a cent off', { consolidatedDebt: '1032.55' }, undefined, 'consolidatedDebt'],
    ['a discount on LONGER_TERM', { discount: '0.01' }, undefined, 'discount'],
    ['one month more', { termMonths: 5 }, undefined, 'termMonths'],
    ['another first due date', { firstDueDate: '2026-06-20' }, undefined, 'firstDueDate'],
    ['another term cap', { maxTermMonths: 96 }, undefined, 'maxTermMonths'],
    ['another policy version', { parameterVersion: 'WORKOUT-40-60' }, undefined, 'parameterVersion'],
  ])('refuses %s (CONTRACT.RENEGOTIATION_MISMATCH), changing nothing', (_name, overrides, debt, field) => {
    const old = late();
    expect(() => old.renegotiate(paymentFor(old, workoutTerms(overrides), debt), at)).toThrow(expect.objectContaining({ code: 'CONTRACT.RENEGOTIATION_MISMATCH', details: expect.objectContaining({ field }) }));
    expect([old.status, old.snapshot.revision, old.pullEvents()]).toEqual(['ACTIVE', 1, []]);
  });

  it('refuses an option that does not fit as stated, and a payment not from a renegotiation', () => {
    const old = late();
    const discount = workoutTerms({ option: 'LATE_CHARGES_DISCOUNT', lateChargesDiscount: '0.5', maxTermMonths: 3, discount: '4.04', installmentAmount: '356.64', termMonths: 3 });
    expect(() => old.renegotiate(paymentFor(old, discount, '1028.50'), at)).toThrow(expect.objectContaining({ code: 'CONTRACT.RENEGOTIATION_MISMATCH', details: expect.objectContaining({ field: 'option' }) }));
    expect(() => old.renegotiate({ ...paymentFor(old, workoutTerms()), source: 'MANUAL' }, at)).toThrow(expect.objectContaining({ code: 'CONTRACT.INVALID_PAYMENT' }));
  });

  it('GRACE of 60 days and the discount option with R$ 400 are accepted on their own figures', () => {
    // GRACE 60: d1 = 90, R(1032.54 × 1.02^3 × 0.02 / (1.02 × (1 − 1.02^−4))) = 282.12, first due 2026-05-20 + 90 days.
    const grace = workoutTerms({ option: 'GRACE', graceDays: 60, installmentAmount: '282.12', firstDueDate: '2026-08-18' });
    const graced = late();
    expect(graced.renegotiate(paymentFor(graced, grace), at).snapshot.terms.installmentAmount.toString()).toBe('282.12');
    // Half the charges forgiven: 1028.50 over the 3 rows left, R$ 400 fits 356.64.
    const half = workoutTerms({ option: 'LATE_CHARGES_DISCOUNT', capacity: '400.00', lateChargesDiscount: '0.5', maxTermMonths: 3, discount: '4.04', installmentAmount: '356.64', termMonths: 3 });
    const old = late();
    const successor = old.renegotiate(paymentFor(old, half, '1028.50'), at);
    expect([String(successor.snapshot.terms.financedAmount), String(successor.snapshot.terms.totalPayable), String(old.snapshot.settlement?.amount)]).toEqual(['1028.50', '1069.91', '1028.50']);
  });

  it('ends an insured contract\'s policy as a refinancing does, refunding R(36.50 × 51 / 91) = 20.46', () => {
    const old = late('36.50');
    old.renegotiate(paymentFor(old, workoutTerms()), at);
    expect(only(old.pullEvents(), 'ContractSettled')).toMatchObject({ reason: 'RENEGOTIATED', insurancePremiumRefund: '20.46' });
    expect(old.snapshot.policy?.ended?.reason).toBe('RENEGOTIATED');
    expect(String(old.snapshot.policy?.ended?.premiumRefund)).toBe('20.46');
  });
});
