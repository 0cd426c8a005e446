import Big from 'big.js';
import { civilDateInBrazil } from '@consignado/finance';
import type { ChannelClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { client, customer, finalState, plainCustomer, propose } from '../support/journey';

type Json = Record<string, any>;

/** The Brazilian civil day of an instant (the statement dates lines by it). */
const brazilDay = (iso: string): string => civilDateInBrazil(new Date(iso)).toString();

const statement = (c: ChannelClient, partnerId: string, from: string, to = from) => c.get<Json>(`/v1/partners/${partnerId}/commission-statement?from=${from}&to=${to}`);

/**
 * Corban commissions through the stack (seed 003 §6.3, R-PR-5, R-PR-8): earned when loan
 * activates the contract, clawed back when the customer regrets it within 7 days, both in the
 * partner's statement; another partner and a customer cannot read it.
 */
export function commissionsSuite(): void {
  describe('corban commissions', () => {
    it('earned on activation, clawed back by the right of regret, both lines in the partner\'s statement', async () => {
      const c = client('corban');
      const customerId = await plainCustomer(c, { linkType: 'SERVIDOR', monthlyIncome: '8200.00', birthDate: '1979-05-03' });
      const contracted = await finalState(c, await propose(c, { customerId, product: 'SERVIDOR_CONSIGNADO', requestedAmount: '7300.00', termMonths: 36 }));
      expect(contracted['state']).toBe('CONTRACTED');
      const { commission, partnerId, activatedAt } = contracted;
      const expected = new Big(contracted['terms']['releasedAmount']).times(commission['percent']).div(100).round(2, Big.roundHalfUp).toFixed(2);
      expect(commission).toEqual(expect.objectContaining({ operationType: 'NEW', base: contracted['terms']['releasedAmount'], amount: expected, status: 'EARNED' }));

      expect((await c.cancel(contracted['id'])).status).toBe(200);
      const regretted = await waitFor(async () => {
        const p = (await c.proposal(contracted['id'])).body;
        return p['state'] === 'CANCELLED' && p['commission']?.['status'] === 'REVERSED' ? p : undefined;
      }, { timeoutMs: 60_000, description: 'contract cancelled, commission reversed' });
      expect(regretted['commission']['reversalReason']).toBe('RIGHT_OF_REGRET');

      const day = brazilDay(activatedAt);
      const reversalDay = brazilDay(regretted['commission']['reversedAt']);
      const lines = (await statement(c, partnerId, day, reversalDay)).body['lines'].filter((l: Json) => l['proposalId'] === contracted['id']);
      expect(lines.map((l: Json) => [l['kind'], l['date'], l['amount'], l['status']])).toEqual([['EARNING', day, expected, 'REVERSED'], ['CLAWBACK', reversalDay, `-${expected}`, 'REVERSED']]);
    });

    it('another partner reads no statement of this one (404), a customer none at all (403)', async () => {
      const alpha = client('corban');
      const { partnerId } = (await alpha.proposal(await propose(alpha, { customerId: await plainCustomer(alpha, { linkType: 'SERVIDOR', monthlyIncome: '6100.00' }), product: 'SERVIDOR_CONSIGNADO', requestedAmount: '1500.00', termMonths: 12 }))).body;
      const day = brazilDay(new Date().toISOString());
      expect((await statement(alpha, String(partnerId), day)).status).toBe(200);
      const beta = await statement(client('corban', { client: 'corban-beta' }), String(partnerId), day);
      expect([beta.status, beta.body['code']]).toEqual([404, 'COMMISSION.PARTNER_NOT_FOUND']);
      expect((await statement(customer(), String(partnerId), day)).status).toBe(403);
    });
  });
}
