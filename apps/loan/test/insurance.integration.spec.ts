import { randomUUID } from 'node:crypto';
import { bearer, testIdentity } from '@consignado/testing';
import { handWorkedApproval } from './fixtures/approvals';
import { settlementPayment } from './fixtures/payments';
import { startLoan, type LoanHarness } from './harness';

/**
 * Credit-life insurance on the real stack (R-LN-8): a DEATH block of an insured contract files one
 * claim (InsuranceClaimRequested on Kafka, not again on a replay of the block), the insurer's
 * refusal is recorded once however often it arrives, a refusal of a claim never filed is
 * dead-lettered, and the insurer's payment settles the contract INSURANCE_CLAIM.
 */
describe('loan: credit-life claims on the real stack', () => {
  let loan: LoanHarness;
  const claimOf = (contractId: string) => loan.event('InsuranceClaimRequested', (e) => e.aggregateId === contractId);

  beforeAll(async () => {
    loan = await startLoan(['ContractActivated', 'InsuranceClaimRequested', 'ContractSettled']);
  });
  afterAll(async () => loan?.close());

  async function blockedForDeath(): Promise<{ id: string; claim: any }> {
    const approved = await loan.publish('CreditApproved', handWorkedApproval({ insurance: '36.50' }));
    await loan.accept(approved.aggregateId);
    const { aggregateId: id } = await loan.event('ContractActivated', (e) => e.payload.proposalId === approved.aggregateId);
    const key = randomUUID();
    const block = async () => fetch(`${loan.service.baseUrl}/v1/contracts/${id}/block`, {
      method: 'POST', body: JSON.stringify({ reason: 'DEATH', note: 'Certidão de óbito 42' }),
      headers: { 'content-type': 'application/json', 'idempotency-key': key, ...bearer(await testIdentity().staffToken('fabio.riscos')) },
    });
    expect((await block()).status).toBe(201);
    expect((await block()).status).toBe(200);
    return { id, claim: (await claimOf(id)).payload };
  }

  it('files one claim for the debt on the block date (the booking date: the financed amount)', async () => {
    const { id, claim } = await blockedForDeath();
    expect(claim).toMatchObject({ contractId: id, cause: 'DEATH', coverageDate: '2026-04-10', coverageAmount: '1000.00', insurer: 'Seguradora Modelo S.A.' });
    expect((await loan.contract(id)).insurancePolicy).toMatchObject({ status: 'CLAIM_OPEN', claims: [{ claimId: claim.claimId, status: 'REQUESTED' }] });
    await new Promise((r) => setTimeout(r, 500));
    expect(loan.events('InsuranceClaimRequested', (e) => e.aggregateId === id)).toHaveLength(1);
  });

  it('records a refusal once, leaves the contract blocked, and dead-letters a refusal of a claim never filed', async () => {
    const { id, claim } = await blockedForDeath();
    const denial = { contractId: id, claimId: claim.claimId, policyNumber: claim.policyNumber, reason: 'EXCLUDED_CAUSE', message: 'Causa excluída pela apólice.', deniedAt: '2026-04-12T10:00:00.000Z' };
    await loan.publish('InsuranceClaimDenied', denial);
    await loan.publish('InsuranceClaimDenied', denial);
    const view = await loan.waitFor(async () => {
      const c = await loan.contract(id);
      return c.insurancePolicy.claims[0].status === 'DENIED' && c;
    }, 'claim denied');
    expect(view).toMatchObject({ status: 'ACTIVE', block: { reason: 'DEATH' }, insurancePolicy: { status: 'ACTIVE', claims: [{ deniedReason: 'EXCLUDED_CAUSE', decidedAt: '2026-04-12T10:00:00.000Z' }] } });
    const stray = await loan.publish('InsuranceClaimDenied', { ...denial, claimId: randomUUID() });
    expect(await loan.deadLetter(stray.eventId)).toMatchObject({ reason: 'permanent-error', error: { code: 'CONTRACT.INSURANCE_CLAIM_MISMATCH' } });
  });

  it("settles INSURANCE_CLAIM on the insurer's payment, the policy CLAIM_PAID", async () => {
    const { id, claim } = await blockedForDeath();
    const payment = settlementPayment({ id, customerId: claim.customerId }, '1000.00', '2026-04-10', { source: 'INSURANCE', settlement: { reason: 'INSURANCE_CLAIM', claimId: claim.claimId } });
    await loan.publish('PaymentReceived', payment);
    const settled = await loan.event('ContractSettled', (e) => e.aggregateId === id);
    expect(settled.payload).toMatchObject({ reason: 'INSURANCE_CLAIM', claimId: claim.claimId, settlementAmount: '1000.00', paymentId: payment.paymentId });
    expect((await loan.contract(id)).insurancePolicy).toMatchObject({ status: 'CLAIM_PAID', claims: [{ status: 'PAID', paidAmount: '1000.00' }] });
  });
});
