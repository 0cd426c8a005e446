import { Money } from '@consignado/finance';
import { Disbursement } from './disbursement';
import type { CustomerPayoutAccount } from './payout-account';

const ids = { contractId: '11111111-1111-4111-8111-111111111111', customerId: '22222222-2222-4222-8222-222222222222' };
const at = new Date('2026-04-10T13:00:00.000Z');
const account = (changedAt = '2026-04-01T00:00:00.000Z'): CustomerPayoutAccount => ({ customerId: ids.customerId, account: { kind: 'PIX_KEY', pixKey: 'cliente@example.com' }, holderCpf: '52998224725', changedAt: new Date(changedAt) });
const opened = () => Disbursement.open(ids.contractId, ids.customerId, Money.of('10000.00'), at);
const requested = (id = 'a1') => {
  const d = opened();
  d.requestOn(account(), id, at);
  d.pullEvents();
  return d;
};
const report = (disbursementId = 'a1', over: object = {}) => ({ disbursementId, ...ids, purpose: 'LOAN_RELEASE', amount: Money.of('10000.00'), ...over });
const released = (id = 'a1', over: object = {}) => ({ ...report(id, over), endToEndId: 'E123', releasedAt: new Date('2026-04-10T13:00:04.000Z') });
const failed = (id = 'a1', over: object = {}) => ({ ...report(id, over), failure: { code: 'RAIL.KEY_NOT_FOUND', message: 'Chave não encontrada', railAttempts: 1, failedAt: new Date('2026-04-10T13:00:04.000Z') } });
const statuses = (d: Disbursement) => [d.snapshot.status, ...d.snapshot.attempts.map((a) => a.status)];

describe('disbursement (R-LN-10)', () => {
  it('requested on an account: one attempt REQUESTED and FundsReleaseRequested with the account and holder', () => {
    const d = opened();
    expect(d.requestOn(account(), 'a1', at)).toBe(true);
    expect(statuses(d)).toEqual(['REQUESTED', 'REQUESTED']);
    expect(d.pullEvents()).toEqual([{ type: 'FundsReleaseRequested', payload: {
      disbursementId: 'a1', ...ids, purpose: 'LOAN_RELEASE', amount: '10000.00', account: { kind: 'PIX_KEY', pixKey: 'cliente@example.com' }, holderCpf: '52998224725', requestedAt: at.toISOString(),
    } }]);
    expect(d.requestOn(account(), 'a2', at)).toBe(false);
    expect([d.snapshot.attempts.length, d.pullEvents()]).toEqual([1, []]);
  });

  it('released once: a repeat changes nothing', () => {
    const d = requested();
    expect(d.released(released())).toBe('RELEASED');
    expect(d.released(released())).toBe('UNCHANGED');
    expect([...statuses(d), d.snapshot.attempts[0].endToEndId]).toEqual(['RELEASED', 'RELEASED', 'E123']);
  });

  it('failed: the attempt FAILED with the rail\'s code, the disbursement awaits a new account, then a new attempt under a new id', () => {
    const d = requested();
    expect(d.failed(failed())).toBe('FAILED');
    expect(d.failed(failed())).toBe('UNCHANGED');
    expect(statuses(d)).toEqual(['AWAITING_ACCOUNT', 'FAILED']);
    expect(d.snapshot.attempts[0].failure?.code).toBe('RAIL.KEY_NOT_FOUND');
    expect(d.requestOn(account('2026-04-11T00:00:00.000Z'), 'a2', at)).toBe(true);
    expect(statuses(d)).toEqual(['REQUESTED', 'FAILED', 'REQUESTED']);
    expect(d.pullEvents().map((e) => e.payload.disbursementId)).toEqual(['a2']);
  });

  it.each([
    ['an unknown attempt', () => released('zz'), 'DISBURSEMENT.EVENT_MISMATCH'],
    ['another contract', () => released('a1', { contractId: '33333333-3333-4333-8333-333333333333' }), 'DISBURSEMENT.EVENT_MISMATCH'],
    ['another amount', () => released('a1', { amount: Money.of('9999.99') }), 'DISBURSEMENT.EVENT_MISMATCH'],
  ])('a release report naming %s is refused (permanent)', (_, make, code) => {
    expect(() => requested().released(make())).toThrow(expect.objectContaining({ code }));
  });

  it('a release after a failure of the same attempt, or the reverse, is a conflict', () => {
    const f = requested();
    f.failed(failed());
    expect(() => f.released(released())).toThrow(expect.objectContaining({ code: 'DISBURSEMENT.OUTCOME_CONFLICT' }));
    const r = requested();
    r.released(released());
    expect(() => r.failed(failed())).toThrow(expect.objectContaining({ code: 'DISBURSEMENT.OUTCOME_CONFLICT' }));
  });
});
