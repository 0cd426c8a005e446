import { waitFor } from '@consignado/testing';
import { servicing } from '../support/contracts';
import { client, failedRules, finalState, inssCustomer, propose, scriptDataprev, timeline } from '../support/journey';

export function averbationSuite(): void {
  /** R-AV-1..3 through the whole stack: a slow, failing Dataprev and a contested margin. */
  describe('averbação against an unstable Dataprev', () => {
    it('Dataprev failing twice then answering: CONTRACTED, the retries visible in the timeline', async () => {
      const c = client('corban');
      const customer = await inssCustomer(c);
      await scriptDataprev(customer.benefitNumber, 'REGISTER', 2, 503);
      const id = await propose(c, { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '4000.00', termMonths: 60 });

      expect((await finalState(c, id))['state']).toBe('CONTRACTED');
      const entries = await timeline(c, id);
      const failures = entries.filter((e) => e['eventType'] === 'AverbationFailed');
      expect(failures).toHaveLength(2);
      expect(entries.findIndex((e) => e['eventType'] === 'AverbationFailed')).toBeLessThan(entries.findIndex((e) => e['stateAfter'] === 'CONTRACTED'));
    });

    it('Dataprev failing for good: AVERBATION_FAILED, contract not active', async () => {
      const c = client('internal');
      const customer = await inssCustomer(c);
      await scriptDataprev(customer.benefitNumber, 'REGISTER', 50, 503);
      const id = await propose(c, { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '4000.00', termMonths: 60 });

      const proposal = await finalState(c, id);
      expect(proposal['state']).toBe('AVERBATION_FAILED');
      expect(proposal['averbationFailure']).toBeDefined();
      // loan hears AverbationFailed on its own consumer, maybe after proposal did.
      const contracts = await waitFor(async () => {
        const res = await servicing().read('loan', `/v1/contracts?proposalId=${id}`);
        return res.status === 200 && JSON.stringify(res.body).includes('AVERBATION_FAILED') ? res.body : undefined;
      }, { description: 'contract cancelled for AVERBATION_FAILED in loan', timeoutMs: 30_000 });
      expect(contracts['items'].map((c: Record<string, unknown>) => c['activatedAt'])).toEqual([null]);
      await scriptDataprev(customer.benefitNumber, 'REGISTER', 0);
    });

    it('two proposals competing for one margin: exactly one contract', async () => {
      // Fixture: R$ 2.000,00 benefit, 200.00 committed elsewhere, 500.00 available; each installment ≈ 300.
      const c = client('digital', { cpf: '52998224725' });
      const customer = await inssCustomer(c, { benefitNumber: '1234567890', benefitValue: '2000.00', benefitStart: '2020-01-15' });
      const body = { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount: '13000.00', termMonths: 96 };
      const [a, b] = await Promise.all([propose(c, body), propose(c, body)]);
      const finals = await Promise.all([finalState(c, a), finalState(c, b)]);

      // The loser fails at Dataprev's reservation when both reach it together, or is refused by the
      // analysis when the winner's reservation is already in the margin it reads: the same margin rule.
      expect(finals.filter((p) => p['state'] === 'CONTRACTED')).toHaveLength(1);
      const loser = finals.find((p) => p['state'] !== 'CONTRACTED') as Record<string, any>;
      if (loser['state'] === 'REJECTED') expect(failedRules(loser)).toEqual(['INSS.MARGIN']);
      else {
        expect(loser['state']).toBe('AVERBATION_FAILED');
        expect(JSON.stringify(loser['averbationFailure'])).toMatch(/MARGIN|MARGEM/i);
      }
    });
  });
}
