import { randomUUID } from 'node:crypto';
import { waitFor } from '@consignado/testing';
import { activeContract, servicing, type ActiveContract, type Json } from '../support/contracts';
import { client, failedRules, finalState } from '../support/journey';

/**
 * Seed 003 §4.9, R-LN-8 through the stack: staff (fabio.riscos, CONTRACT_BLOCKER) block a contract
 * by court order at loan; payment refuses every manual payment with the reason and writes nothing,
 * credit analysis rejects a refinancing of it, the customer is told; once unblocked, the same
 * payment goes through and the customer is told again.
 */
export function blocksSuite(): void {
  describe('block and unblock of a contract', () => {
    let a: ActiveContract;
    const s = () => servicing();
    const payFirst = (key: string) => s().pay({ customerId: a.customerId, contractId: a.contractId, amount: a.rows[0]['installment'], installments: [1], paymentDate: a.rows[0]['dueDate'] }, key);
    const notice = (template: string) => waitFor(async () => (await s().notifications(a.customerId)).find((n) => n.template === template), { description: `${template} notice` });
    const key = randomUUID();

    beforeAll(async () => {
      a = await activeContract('corban', '3000.00', 6);
      await s().setBusinessDate(a.rows[0]['dueDate']);
    }, 200_000);
    afterAll(async () => s().setBusinessDate(null));

    it('blocked by court order: every manual payment refused with the reason, nothing written, loan and payment show it, the customer is told', async () => {
      const blocked = await s().block(a.contractId, { reason: 'JUDICIAL_ORDER', note: 'Ofício 1234/2026 da 2ª Vara Cível' });
      expect(blocked.status).toBe(201);
      const billing = await waitFor(async () => {
        const b = (await s().billing(a.contractId)).body;
        return b['block'] ? b : undefined;
      }, { description: 'payment knows the block' });
      expect(billing['block']['reason']).toBe('JUDICIAL_ORDER');
      expect((await s().contract(a.contractId)).body['block']).toEqual({ reason: 'JUDICIAL_ORDER', since: blocked.body['blocks'][0]['blockedAt'] });

      const refused = await payFirst(key);
      expect([refused.status, refused.body['code'], refused.body['details']]).toEqual([422, 'PAYMENT.CONTRACT_BLOCKED', { reason: 'JUDICIAL_ORDER' }]);
      expect(refused.body['detail']).toMatch(/ordem judicial/);
      const settle = await s().settle({ customerId: a.customerId, contractId: a.contractId, amount: '1.00', paymentDate: a.rows[0]['dueDate'] });
      expect(settle.body['code']).toBe('PAYMENT.CONTRACT_BLOCKED');
      expect((await s().billing(a.contractId)).body).toEqual(billing);

      const told: Json = await notice('CONTRACT_BLOCKED');
      expect(told['body']).toMatch(/ordem judicial/);
      expect(told['body']).not.toMatch(/Ofício/);
    });

    it('a refinancing of the blocked contract is REJECTED by credit analysis, the contract untouched', async () => {
      const loanView = (await s().contract(a.contractId)).body;
      await waitFor(async () => ((await s().contractPosition(a.contractId)).body['revision'] === loanView['revision'] ? true : undefined), { description: 'projection at the block revision' });
      const created = await client('corban').proposeRefinancing({ customerId: a.customerId, refinancedContractId: a.contractId, troco: '500.00', termMonths: 12 });
      expect(created.status).toBe(201);
      const proposal = await finalState(client('corban'), String(created.body['id']));
      expect(proposal['state']).toBe('REJECTED');
      expect(failedRules(proposal)).toContain('CREDIT.REFINANCED_CONTRACT_BLOCKED');
      expect((await s().contract(a.contractId)).body).toEqual(expect.objectContaining({ status: 'ACTIVE', replacedByContractId: null, revision: loanView['revision'] }));
    });

    it('unblocked: the customer is told, and the payment refused before now goes through with the same key', async () => {
      const lifted = await s().unblock(a.contractId, { note: 'Ordem revogada' });
      expect(lifted.body).toEqual(expect.objectContaining({ blocked: false }));
      await waitFor(async () => ((await s().billing(a.contractId)).body['block'] === null ? true : undefined), { description: 'payment knows the unblock' });
      const paid = await payFirst(key);
      expect(paid.status).toBe(201);
      await waitFor(async () => ((await s().contract(a.contractId)).body['installments'][0]['status'] === 'PAID' ? true : undefined), { description: 'loan records the payment' });
      expect((await notice('CONTRACT_UNBLOCKED'))['body']).toMatch(/regularizado/);
    });
  });
}
