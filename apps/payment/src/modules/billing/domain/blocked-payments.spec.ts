import { d, handBilling, ids, m } from '../../../../test/fixtures/billings';
import type { Billing } from './billing';
import type { BlockReason } from './contract-block';

const DATE = '2026-05-05';
const request = { paymentDate: d(DATE), today: d(DATE), refinancingPending: false };
const blocked = (reason: BlockReason = 'JUDICIAL_ORDER', billing = handBilling()): Billing => {
  billing.changeBlock({ revision: 3, block: { reason, since: new Date('2026-05-02T14:00:00.000Z') } });
  return billing;
};

/** Each manual purpose on HAND (test/fixtures) on 2026-05-05, valid as asked: only the block can refuse it. */
const PURPOSES: Array<[string, (b: Billing) => unknown]> = [
  ['INSTALLMENT', (b) => b.quotePayment({ ...request, installments: [1], amount: m('346.75') })],
  // 25 days from the contract date: 1000.00 + R(1000 × (1.02^(25/30) − 1) = 16.6385) = 1016.64.
  ['EARLY_SETTLEMENT', (b) => b.settleEarly(ids('p-settle'), { ...request, amount: m('1016.64') })],
  ['EXTRA_AMORTIZATION', (b) => b.amortizeExtra(ids('p-am'), { ...request, amount: m('300.00'), mode: 'REDUCE_INSTALLMENT' })],
];

describe('a blocked contract takes no money on request (R-LN-8)', () => {
  it.each(PURPOSES)('%s is refused with PAYMENT.CONTRACT_BLOCKED, the reason in details, nothing changed or raised', (_, pay) => {
    const billing = blocked();
    const before = billing.snapshot;
    expect(() => pay(billing)).toThrow(expect.objectContaining({ code: 'PAYMENT.CONTRACT_BLOCKED', details: { reason: 'JUDICIAL_ORDER' }, exposeDetails: true }));
    expect([billing.snapshot, billing.pullEvents()]).toEqual([before, []]);
  });

  it.each(PURPOSES)('%s goes through once unblocked', (_, pay) => {
    const billing = blocked();
    expect(billing.changeBlock({ revision: 4 })).toBe('UNBLOCKED');
    expect(() => pay(billing)).not.toThrow();
  });

  it.each<[BlockReason, string]>([
    ['JUDICIAL_ORDER', 'ordem judicial'],
    ['FRAUD_SUSPECTED', 'suspeita de fraude'],
    ['DEATH', 'óbito'],
  ])('%s reads "%s" in pt-BR', (reason, words) => {
    expect(() => PURPOSES[0][1](blocked(reason))).toThrow(`Contrato bloqueado (${words}): pagamentos, quitação e amortização suspensos até o desbloqueio.`);
  });

  it('the block is checked after the status (a cancelled contract is not active) and before a pending refinancing', () => {
    const cancelled = handBilling();
    cancelled.close({ status: 'CANCELLED', at: new Date('2026-05-03T10:00:00.000Z') });
    expect(() => PURPOSES[0][1](blocked('DEATH', cancelled))).toThrow(expect.objectContaining({ code: 'PAYMENT.CONTRACT_NOT_ACTIVE' }));
    expect(() => blocked().settleEarly(ids('p'), { ...request, amount: m('1016.64'), refinancingPending: true })).toThrow(expect.objectContaining({ code: 'PAYMENT.CONTRACT_BLOCKED' }));
  });
});
