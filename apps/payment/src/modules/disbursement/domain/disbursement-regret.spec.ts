import { Money } from '@consignado/finance';
import { Disbursement } from './disbursement';

const ids = { contractId: '11111111-1111-4111-8111-111111111111', customerId: '22222222-2222-4222-8222-222222222222' };
const at = new Date('2026-04-10T13:00:00.000Z');
const regretAt = new Date('2026-04-12T13:00:00.000Z');
const payout = { customerId: ids.customerId, account: { kind: 'BANK_ACCOUNT' as const, ispb: '60746948', branch: '1234', number: '0012345678', accountType: 'CACC' as const }, holderCpf: '52998224725', changedAt: at };
const report = { disbursementId: 'a1', ...ids, purpose: 'LOAN_RELEASE', amount: Money.of('10000.00') };
const opened = () => Disbursement.open(ids.contractId, ids.customerId, Money.of('10000.00'), at);
const requested = () => {
  const d = opened();
  d.requestOn(payout, 'a1', at);
  return d;
};
const released = () => {
  const d = requested();
  d.released({ ...report, endToEndId: 'E1', releasedAt: at });
  return d;
};

describe('right of regret on a disbursement (R-PR-8)', () => {
  it('awaiting an account: CANCELLED, nothing to return, never requested afterwards', () => {
    const d = opened();
    expect([d.regretted(regretAt, Money.of('10000.00')), d.snapshot.status, d.regretReturnDue]).toEqual(['CANCELLED', 'CANCELLED', undefined]);
    expect(d.requestOn(payout, 'a2', at)).toBe(false);
  });

  it.each([
    ['loan\'s amountToReturn', Money.of('9990.00'), '9990.00'],
    ['the released amount when loan names none', undefined, '10000.00'],
    ['at most what was released (a refinancing: loan names payoff + troco)', Money.of('14000.00'), '10000.00'],
  ])('released: the return due is %s', (_, amountToReturn, due) => {
    const d = released();
    expect([d.regretted(regretAt, amountToReturn), d.regretReturnDue?.toString()]).toEqual(['RETURN_DUE', due]);
    expect(d.regretted(regretAt, amountToReturn)).toBe('UNCHANGED');
  });

  it('in flight: due once released; a failure instead cancels it (nothing went out)', () => {
    const r = requested();
    expect([r.regretted(regretAt), r.regretReturnDue]).toEqual(['AWAITING_RELEASE', undefined]);
    r.released({ ...report, endToEndId: 'E1', releasedAt: at });
    expect(r.regretReturnDue?.toString()).toBe('10000.00');
    const f = requested();
    f.regretted(regretAt);
    f.failed({ ...report, failure: { code: 'RAIL.UNAVAILABLE', message: 'x', railAttempts: 5, failedAt: at } });
    expect([f.snapshot.status, f.regretReturnDue, f.requestOn(payout, 'a2', at)]).toEqual(['CANCELLED', undefined, false]);
  });

  it('another cancellation: money not asked for is cancelled, money in flight is left as is', () => {
    const d = opened();
    expect([d.cancel(), d.snapshot.status]).toEqual([true, 'CANCELLED']);
    const r = requested();
    expect([r.cancel(), r.snapshot.status]).toEqual([false, 'REQUESTED']);
  });

  it('cancelled before the activation: no amount, nothing to request', () => {
    const d = Disbursement.cancelledBeforeActivation(ids.contractId, ids.customerId, regretAt);
    expect([d.snapshot.status, d.snapshot.amount, d.requestOn(payout, 'a1', at), d.regretted(regretAt)]).toEqual(['CANCELLED', undefined, false, 'UNCHANGED']);
  });
});
