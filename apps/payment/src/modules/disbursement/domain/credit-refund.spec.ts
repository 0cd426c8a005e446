import { Money } from '@consignado/finance';
import { Disbursement } from './disbursement';
import type { CustomerPayoutAccount } from './payout-account';

const ids = { contractId: '11111111-1111-4111-8111-111111111111', customerId: '22222222-2222-4222-8222-222222222222' };
const at = new Date('2026-06-10T13:00:00.000Z');
const account: CustomerPayoutAccount = { customerId: ids.customerId, account: { kind: 'PIX_KEY', pixKey: 'cliente@example.com' }, holderCpf: '52998224725', changedAt: new Date('2026-04-01T00:00:00.000Z') };
const refund = () => {
  const r = Disbursement.refund('r1', ids.contractId, ids.customerId, Money.of('35.30'), at);
  r.requestOn(account, 'a1', at);
  return r;
};
const report = { disbursementId: 'a1', ...ids, purpose: 'CREDIT_REFUND', amount: Money.of('35.30') };
const failure = { code: 'RAIL.KEY_NOT_FOUND', message: 'Chave não encontrada', railAttempts: 1, failedAt: at };

describe('credit refund disbursement (R-LN-10, CREDIT_REFUND)', () => {
  it('its own id, requested at once: FundsReleaseRequested with purpose CREDIT_REFUND', () => {
    const r = refund();
    expect([r.snapshot.id, r.snapshot.status, r.isRefund]).toEqual(['r1', 'REQUESTED', true]);
    expect(r.pullEvents()[0].payload).toMatchObject({ disbursementId: 'a1', ...ids, purpose: 'CREDIT_REFUND', amount: '35.30' });
  });

  it('released once', () => {
    const r = refund();
    const released = { ...report, endToEndId: 'E1', releasedAt: at };
    expect([r.released(released), r.released(released), r.snapshot.status]).toEqual(['RELEASED', 'UNCHANGED', 'RELEASED']);
  });

  it('failed: FAILED for good (no new attempt on any account), once; the report must name CREDIT_REFUND', () => {
    const r = refund();
    expect(() => r.failed({ ...report, purpose: 'LOAN_RELEASE', failure })).toThrow(expect.objectContaining({ code: 'DISBURSEMENT.EVENT_MISMATCH' }));
    expect([r.failed({ ...report, failure }), r.failed({ ...report, failure }), r.snapshot.status]).toEqual(['FAILED', 'UNCHANGED', 'FAILED']);
    expect(r.requestOn({ ...account, changedAt: new Date('2026-07-01T00:00:00.000Z') }, 'a2', at)).toBe(false);
  });

  it('a loan release keeps its contract\'s id', () => {
    expect(Disbursement.open(ids.contractId, ids.customerId, Money.of('10.00'), at).snapshot.id).toBe(ids.contractId);
  });
});
