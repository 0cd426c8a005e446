import { randomUUID } from 'node:crypto';
import Big from 'big.js';
import { waitFor } from '@consignado/testing';
import { cents } from '../support/by-hand';
import { contractWhen, daysBetween, plusDays, servicing, type Json } from '../support/contracts';
import { denyNextClaim } from '../support/insurer';
import { client, finalState, plainCustomer, propose } from '../support/journey';

/** A new public servant's insured consignado (corban), CONTRACTED, with its billing open at payment. */
async function insuredContract(): Promise<{ customerId: string; contractId: string; contract: Json }> {
  const c = client('corban');
  const customerId = await plainCustomer(c, { linkType: 'SERVIDOR', monthlyIncome: '7500.00', birthDate: '1980-02-14' });
  const proposal = await finalState(c, await propose(c, { customerId, product: 'SERVIDOR_CONSIGNADO', requestedAmount: '6000.00', termMonths: 24, withInsurance: true }));
  if (proposal['state'] !== 'CONTRACTED') throw new Error(`proposal ended ${proposal['state']}`);
  const contractId = String(proposal['contractId']);
  await waitFor(async () => ((await servicing().billing(contractId)).status === 200 ? true : undefined), { description: 'billing open' });
  return { customerId, contractId, contract: (await servicing().contract(contractId)).body };
}

const death = (contractId: string) => servicing().block(contractId, { reason: 'DEATH', note: 'Certidão de óbito nº 0001 (teste)' }, randomUUID());

/**
 * R-LN-8, seed 003 §4.9 through the stack: the credit-life policy of an insured contract; staff
 * block it for the insured's death, loan files the claim, the connector takes it to the insurer
 * (mock), and the insurer's payment settles the contract INSURANCE_CLAIM at payment and loan —
 * or the insurer's refusal leaves it blocked. An early settlement refunds the unexpired premium.
 */
export function insuranceSuite(): void {
  describe('credit-life insurance', () => {
    it('an insured contract shows its policy: the premium financed, covering the outstanding principal to the last due date', async () => {
      const { contract } = await insuredContract();
      const policy = contract['insurancePolicy'];
      const rows: Json[] = contract['installments'];
      expect(policy).toEqual(expect.objectContaining({
        status: 'ACTIVE', insurer: 'Seguradora Modelo S.A.', premium: contract['insurance'], coverageStart: contract['contractDate'],
        coverageEnd: rows[rows.length - 1]['dueDate'], coveredBalance: contract['financedAmount'], claims: [],
      }));
      expect(new Big(policy['premium']).gt(0)).toBe(true);
    });

    it('a DEATH block files the claim for the debt that day; the insurer pays it and the contract is settled INSURANCE_CLAIM', async () => {
      const { customerId, contractId } = await insuredContract();
      expect((await death(contractId)).status).toBe(201);
      const settled = await contractWhen(contractId, (c) => c['status'] === 'SETTLED', 'settled by the insurer');
      const claim = settled['insurancePolicy']['claims'][0];
      expect(settled['settlement']).toEqual(expect.objectContaining({ reason: 'INSURANCE_CLAIM', claimId: claim['claimId'], amount: claim['coverageAmount'] }));
      expect(settled['insurancePolicy']).toEqual(expect.objectContaining({ status: 'CLAIM_PAID', endReason: 'INSURANCE_CLAIM', premiumRefund: '0.00' }));
      expect(claim).toEqual(expect.objectContaining({ cause: 'DEATH', status: 'PAID', paidAmount: claim['coverageAmount'] }));
      const payment = (await servicing().payment(settled['settlement']['paymentId'])).body;
      expect(payment).toEqual(expect.objectContaining({ source: 'INSURANCE', purpose: 'EARLY_SETTLEMENT', amount: claim['coverageAmount'] }));
      const billing = await waitFor(async () => {
        const b = (await servicing().billing(contractId)).body;
        return b['status'] === 'SETTLED' ? b : undefined;
      }, { description: 'billing settled' });
      expect(billing['creditBalance']).toBe('0.00');
      expect((await servicing().notifications(customerId)).map((n) => n.template)).not.toContain('CONTRACT_SETTLED');
    });

    it('an insurer that refuses leaves the contract blocked, with the refusal on the policy', async () => {
      const { contractId, contract } = await insuredContract();
      await denyNextClaim('EXCLUDED_CAUSE', contract['insurancePolicy']['policyNumber']);
      expect((await death(contractId)).status).toBe(201);
      const denied = await contractWhen(contractId, (c) => c['insurancePolicy']['claims'][0]?.['status'] === 'DENIED', 'claim denied');
      expect(denied['insurancePolicy']['claims'][0]).toEqual(expect.objectContaining({ deniedReason: 'EXCLUDED_CAUSE', deniedMessage: expect.any(String) }));
      expect([denied['status'], denied['insurancePolicy']['status'], denied['block']?.['reason']]).toEqual(['ACTIVE', 'ACTIVE', 'DEATH']);
    });

    it('an early settlement refunds the unexpired premium pro rata, credited to the customer', async () => {
      const { customerId, contractId, contract } = await insuredContract();
      const s = servicing();
      // 15 days into the contract: 15 of the covered days used.
      const today = plusDays(contract['contractDate'], 15);
      await s.setBusinessDate(today);
      const due = (await s.payoff(contractId, today)).body['amount'] as string;
      expect((await s.settle({ customerId, contractId, amount: due, paymentDate: today }, randomUUID())).status).toBe(201);
      const settled = await contractWhen(contractId, (c) => c['status'] === 'SETTLED', 'settled early');
      const policy = settled['insurancePolicy'];
      const covered = daysBetween(policy['coverageStart'], policy['coverageEnd']);
      const refund = cents(new Big(policy['premium']).times(daysBetween(today, policy['coverageEnd'])).div(covered));
      expect([policy['status'], policy['endReason'], policy['premiumRefund']]).toEqual(['CANCELLED', 'EARLY_SETTLEMENT', refund]);
      const billing = await waitFor(async () => {
        const b = (await s.billing(contractId)).body;
        return b['insurancePremiumRefund'] ? b : undefined;
      }, { description: 'refund credited at payment' });
      expect([billing['insurancePremiumRefund'], billing['creditBalance']]).toEqual([refund, refund]);
      await s.setBusinessDate(null);
    });
  });
}
