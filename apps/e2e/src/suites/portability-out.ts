import { CounterpartsClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { activeContract, contractWhen, servicing } from '../support/contracts';
import { e2eStack } from '../support/stack';

/**
 * R-LN-11: another bank asks the exchange for one of our contracts. Loan answers the payoff on the
 * exchange's day — the contract was made today, so the payoff is exactly the financed amount, no
 * interest yet — the destination transfers it, payment records it under the billing lock, loan
 * settles PORTED_OUT, the deduction is cancelled at Dataprev and the settlement confirmed.
 */
export function portabilityOutSuite(): void {
  describe('portability out', () => {
    it('TRANSFER: our contract SETTLED (PORTED_OUT) by exactly its payoff, confirmed at the exchange, deduction cancelled, customer told', async () => {
      const a = await activeContract('digital', '3000.00', 12);
      const counterparts = new CounterpartsClient(e2eStack().urls);
      await servicing().setBusinessDate(null);
      const opened = await counterparts.incomingPortability({ destinationIspb: '60746948', originContractNumber: a.contractId, cpf: a.cpf, behaviour: 'TRANSFER', delayMs: 100 });
      const nu = String(opened['portabilityNumber']);

      const done = await waitFor(async () => (await counterparts.portabilities(a.contractId)).find((p) => p['status'] === 'PORTABILITY_COMPLETED'), { description: 'portability completed', timeoutMs: 90_000 });
      expect(done['answer']).toEqual(expect.objectContaining({ balance: a.contract['financedAmount'], remainingInstallments: 12, installment: a.contract['installmentAmount'], monthlyRate: a.contract['monthlyRate'] }));
      expect(done['transfer']['amount']).toBe(a.contract['financedAmount']);

      const settled = await contractWhen(a.contractId, (c) => c['status'] === 'SETTLED', 'contract PORTED_OUT');
      expect(settled['settlement']).toEqual(expect.objectContaining({ reason: 'PORTED_OUT', portabilityNumber: nu, amount: a.contract['financedAmount'] }));
      const billing = (await servicing().billing(a.contractId)).body;
      expect(billing['status']).toBe('SETTLED');
      expect(billing['settledByPaymentId']).toBe(settled['settlement']['paymentId']);
      const payment = (await servicing().payment(billing['settledByPaymentId'])).body;
      expect(payment).toEqual(expect.objectContaining({ amount: a.contract['financedAmount'], settlement: expect.objectContaining({ reason: 'PORTED_OUT', portabilityNumber: nu }) }));

      await waitFor(async () => ((await counterparts.registrations(a.benefitNumber, a.cpf)).length === 0 ? true : undefined), { description: 'deduction cancelled at Dataprev' });
      const notice = await waitFor(async () => (await servicing().notifications(a.customerId)).find((n) => n.template === 'CONTRACT_SETTLED'), { description: 'settlement notice' });
      expect(notice.body).toContain('pela portabilidade para outra instituição');
    }, 200_000);
  });
}
