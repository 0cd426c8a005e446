import { dec } from '@consignado/finance';
import { d, handBilling, ids, m, PAID_AT } from '../../../../test/fixtures/billings';
import { Billing } from './billing';
import type { RenegotiationRequest } from './renegotiation';

const request = (over: Partial<RenegotiationRequest> = {}): RenegotiationRequest => ({
  option: 'LONGER_TERM', capacity: m('100.00'), installmentAmount: m('97.64'), termMonths: 12, today: d('2026-05-20'), refinancingPending: false, ...over,
});
const acceptance = { renegotiationId: 'r-1', newContractId: 'n-1', channel: 'INTERNAL' as const, capacity: m('100.00') };
const blocked = () => {
  const billing = handBilling();
  billing.changeBlock({ revision: 2, block: { reason: 'JUDICIAL_ORDER', since: PAID_AT } });
  return billing;
};
const settled = () => {
  const billing = handBilling();
  billing.close({ status: 'SETTLED', at: PAID_AT });
  return billing;
};
const withoutProduct = () => Billing.restore({ ...handBilling().snapshot, product: undefined });

/** HAND on 2026-05-20 (renegotiation.spec.ts): LONGER_TERM at capacity 100.00 gives 12 × 97.64 on a debt of 1032.54. */
describe('renegotiation refusals: the first refusal, nothing changed, no event', () => {
  it.each<[string, () => Billing, Partial<RenegotiationRequest>, string, object]>([
    ['a settled contract', settled, {}, 'PAYMENT.CONTRACT_SETTLED', {}],
    ['a blocked contract', blocked, {}, 'PAYMENT.CONTRACT_BLOCKED', { reason: 'JUDICIAL_ORDER' }],
    ['a refinancing pending', handBilling, { refinancingPending: true }, 'PAYMENT.REFINANCING_IN_PROGRESS', {}],
    ['a billing without its product', withoutProduct, {}, 'BILLING.PRODUCT_UNKNOWN', {}],
    // On due date 1 nothing is late yet (#1 due today, unpaid, is not overdue).
    ['nothing overdue', handBilling, { today: d('2026-05-10') }, 'PAYMENT.NO_OVERDUE_INSTALLMENTS', {}],
    // #1 paid on 05-20 with its charges: nothing late left.
    ['the overdue installment paid', () => handBilling([1, '2026-05-20']), {}, 'PAYMENT.NO_OVERDUE_INSTALLMENTS', {}],
    // Within the 3 rows left the least is 356.64 (δ 0.5): no term fits 300.00.
    ['no term within capacity', handBilling, { option: 'LATE_CHARGES_DISCOUNT', capacity: m('300.00') }, 'PAYMENT.NO_FEASIBLE_TERM', {}],
    ['a discount above the 50% limit', handBilling, { option: 'LATE_CHARGES_DISCOUNT', lateChargesDiscount: dec('0.6') }, 'PAYMENT.WORKOUT_DISCOUNT_ABOVE_LIMIT', {}],
    ['a grace above the 90 days limit', handBilling, { option: 'GRACE', graceDays: 91 }, 'PAYMENT.WORKOUT_GRACE_ABOVE_LIMIT', {}],
    // A cent off the offer, or another term: the current figures come back.
    ['a stale installment', handBilling, { installmentAmount: m('97.63') }, 'PAYMENT.RENEGOTIATION_TERMS_CHANGED', { installmentAmount: '97.64', termMonths: 12, debt: '1032.54', date: '2026-05-20' }],
    ['a stale term', handBilling, { termMonths: 13 }, 'PAYMENT.RENEGOTIATION_TERMS_CHANGED', { installmentAmount: '97.64', termMonths: 12 }],
    // A day later the debt has grown: 1 more day of mora and interest.
    ['an offer of another day', handBilling, { today: d('2026-05-21'), installmentAmount: m('97.64') }, 'PAYMENT.RENEGOTIATION_TERMS_CHANGED', {}],
  ])('%s', (_, make, over, code, details) => {
    const billing = make();
    const before = JSON.stringify(billing.snapshot);
    expect(() => billing.renegotiate(ids('p'), request(over), acceptance)).toThrow(expect.objectContaining({ code, details: expect.objectContaining(details) }));
    expect([JSON.stringify(billing.snapshot), billing.pullEvents()]).toEqual([before, []]);
  });

  it('answers in pt-BR', () => {
    expect(() => handBilling().renegotiate(ids('p'), request({ installmentAmount: m('97.63') }), acceptance)).toThrow(
      expect.objectContaining({ message: 'A proposta de renegociação mudou: em 2026-05-20 ela é de 12 parcelas de R$ 97.64. Consulte as ofertas novamente.' }),
    );
    expect(() => handBilling().renegotiate(ids('p'), request({ today: d('2026-05-10') }), acceptance)).toThrow(expect.objectContaining({ message: 'Não há parcelas vencidas e não pagas para renegociar.' }));
  });
});
