import { handWorkedApproval } from '../../../../test/fixtures/approvals';
import { booked, expectValid, only, paidOnTime } from '../../../../test/fixtures/contracts';
import { settlementPayment } from '../../../../test/fixtures/payments';
import { policyStatus } from './insurance-policy';

const CLAIM = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const later = new Date('2026-05-25T15:00:00.000Z');
/** The hand-worked loan (3 × 346.75 from 2026-05-10) with a premium of 36.50 financed; coverage 2026-04-10 → 2026-07-10, 91 days. */
const insured = (...paid: number[]) => paidOnTime(booked(handWorkedApproval({ insurance: '36.50' })), paid);
const statusOf = (c: { snapshot: { policy?: Parameters<typeof policyStatus>[0] } }) => (c.snapshot.policy ? policyStatus(c.snapshot.policy) : 'NONE');
const death = { reason: 'DEATH' as const, note: 'Certidão de óbito 123', operatorId: 'fabio.riscos', claimId: CLAIM };
const insurerPays = (c: ReturnType<typeof insured>, claimId = CLAIM) =>
  settlementPayment(c.snapshot, '679.95', '2026-05-25', { source: 'INSURANCE', settlement: { reason: 'INSURANCE_CLAIM', claimId } });

describe('credit-life policy (R-LN-8)', () => {
  it('is issued with an insured contract, over the contract date to the last due date', () => {
    expect(insured().snapshot.policy).toMatchObject({ policyNumber: 'PRST-2026-111111112222', insurer: 'Seguradora Modelo S.A.', claims: [] });
    expect(String(insured().snapshot.policy?.coverage.end)).toBe('2026-07-10');
    expect(booked().snapshot.policy).toBeUndefined();
  });

  it('refunds the unexpired premium on an early settlement: 36.50 × 46 / 91 = 18.4505… → 18.45', () => {
    const contract = insured(1);
    contract.recordPayment(settlementPayment(contract.snapshot, '679.95', '2026-05-25'), later);
    expect(only(contract.pullEvents(), 'ContractSettled')).toMatchObject({ reason: 'EARLY_SETTLEMENT', insurancePremiumRefund: '18.45' });
    const policy = contract.snapshot.policy;
    expect([statusOf(contract), policy?.ended?.reason, String(policy?.ended?.premiumRefund)]).toEqual(['CANCELLED', 'EARLY_SETTLEMENT', '18.45']);
  });

  it('expires with the last installment, refunding nothing', () => {
    const contract = insured(1, 2, 3);
    expect(statusOf(contract)).toBe('EXPIRED');
    expect(String(contract.snapshot.policy?.ended?.premiumRefund)).toBe('0.00');
  });

  it('ends unrefunded with a contract undone by the right of regret (the premium was never owed)', () => {
    const contract = insured();
    contract.requestCancellation({ reason: 'RIGHT_OF_REGRET', requestedAt: new Date('2026-04-12T10:00:00.000Z') }, new Date('2026-04-12T10:00:00.000Z'));
    expect(contract.snapshot.policy?.ended).toMatchObject({ reason: 'CONTRACT_CANCELLED' });
    expect(String(contract.snapshot.policy?.ended?.premiumRefund)).toBe('0.00');
  });
});

describe('death claim (seed 003 §4.9)', () => {
  it('a DEATH block files a claim for the debt on the block date', () => {
    const contract = insured(1);
    contract.block(death, later);
    const events = contract.pullEvents();
    expect(only(events, 'InsuranceClaimRequested')).toMatchObject({ claimId: CLAIM, policyNumber: 'PRST-2026-111111112222', cause: 'DEATH', coverageDate: '2026-05-25', coverageAmount: '679.95' });
    expectValid(events);
    expect(statusOf(contract)).toBe('CLAIM_OPEN');
  });

  it.each([['JUDICIAL_ORDER'], ['FRAUD_SUSPECTED']] as const)('a %s block files nothing', (reason) => {
    const contract = insured(1);
    contract.block({ ...death, reason }, later);
    expect(contract.pullEvents().map((e) => e.type)).not.toContain('InsuranceClaimRequested');
  });

  it('without insurance a DEATH block only blocks', () => {
    const contract = paidOnTime(booked(), [1]);
    contract.block(death, later);
    expect(contract.pullEvents().map((e) => e.type)).toEqual(['ContractPositionChanged', 'ContractBlocked']);
  });

  it('the insurer\'s payment settles it INSURANCE_CLAIM, the claim PAID, no premium refund', () => {
    const contract = insured(1);
    contract.block(death, later);
    contract.pullEvents();
    expect(contract.recordPayment(insurerPays(contract), later)).toBe('SETTLED');
    const settled = only(contract.pullEvents(), 'ContractSettled');
    expect(settled).toMatchObject({ reason: 'INSURANCE_CLAIM', claimId: CLAIM, settlementAmount: '679.95' });
    expect(settled.insurancePremiumRefund).toBeUndefined();
    expect(statusOf(contract)).toBe('CLAIM_PAID');
    expect(contract.snapshot.policy?.claims[0].outcome).toMatchObject({ status: 'PAID', paymentId: expect.any(String) });
  });

  it('refuses the insurer\'s money for a claim the policy never filed, applying nothing', () => {
    const contract = insured(1);
    contract.block(death, later);
    expect(() => contract.recordPayment(insurerPays(contract, '00000000-0000-4000-8000-000000000000'), later)).toThrow(expect.objectContaining({ code: 'CONTRACT.INSURANCE_CLAIM_MISMATCH' }));
    expect(contract.status).toBe('ACTIVE');
  });

  it('a denial is recorded once; after it a new DEATH block files a new claim', () => {
    const contract = insured(1);
    contract.block(death, later);
    const denial = { reason: 'EXCLUDED_CAUSE', message: 'Causa excluída.', at: later };
    expect(contract.denyInsuranceClaim(CLAIM, denial)).toBe('DENIED');
    expect(contract.denyInsuranceClaim(CLAIM, denial)).toBe('UNCHANGED');
    expect(statusOf(contract)).toBe('ACTIVE');
    expect(() => contract.denyInsuranceClaim('00000000-0000-4000-8000-000000000000', denial)).toThrow(expect.objectContaining({ code: 'CONTRACT.INSURANCE_CLAIM_MISMATCH' }));
    contract.unblock({ note: 'Documentos novos', operatorId: 'fabio.riscos' }, later);
    contract.pullEvents();
    contract.block({ ...death, claimId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }, later);
    expect(only(contract.pullEvents(), 'InsuranceClaimRequested').claimId).toBe('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
  });

  it('an open claim is not filed twice on a second DEATH block', () => {
    const contract = insured(1);
    contract.block(death, later);
    contract.unblock({ note: 'Engano', operatorId: 'fabio.riscos' }, later);
    contract.pullEvents();
    contract.block({ ...death, claimId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' }, later);
    expect(contract.pullEvents().map((e) => e.type)).not.toContain('InsuranceClaimRequested');
  });
});
