import { randomUUID } from 'node:crypto';
import type { Caller, StackServiceName } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { activeContract, servicing, type ActiveContract } from '../support/contracts';
import { e2eIdentity } from '../support/identity';
import { customer, inssCustomer } from '../support/journey';
import { e2eStack } from '../support/stack';

/** One route of each of the six services, as a caller with no token would try it. */
const UNAUTHENTICATED: ReadonlyArray<[StackServiceName, string, string]> = [
  ['proposal', 'GET', '/v1/digital/proposals'],
  ['credit-analysis', 'GET', `/v1/contract-positions/${randomUUID()}`],
  ['loan', 'GET', `/v1/contracts/${randomUUID()}`],
  ['averbation-connector', 'GET', `/v1/averbations/${randomUUID()}`],
  ['payment', 'PUT', '/v1/admin/clock'],
  ['notification', 'GET', `/v1/notifications?customerId=${randomUUID()}`],
];

/**
 * R-SEC-1 on the running stack, with real tokens of the local provider: a customer reaches their
 * own contract and payments and nobody else's (404, as if missing); no token is 401 everywhere; a
 * partner's token reads no contracts; the business clock moves for CLOCK_ADMIN only, and the move
 * is in payment's audit trail for an auditor.
 */
export function securitySuite(): void {
  describe('security: tokens, scopes, roles and customer binding', () => {
    let maria: ActiveContract;
    const as = (caller: Caller) => servicing().as(e2eIdentity().token(caller));

    beforeAll(async () => {
      maria = await activeContract('digital', '2000.00', 6);
    }, 200_000);

    it("a customer reads their own contract, pays and reads their payment and installments; another customer gets 404 on each of Maria's", async () => {
      const own = as({ cpf: maria.cpf });
      expect(await e2eIdentity().customerId(maria.cpf)).toBe(maria.customerId);
      const listed = await own.customerContracts(maria.customerId);
      expect([listed.status, listed.body['items']?.map((c: { id: string }) => c.id)]).toEqual([200, [maria.contractId]]);
      expect((await own.customerContract(maria.customerId, maria.contractId)).status).toBe(200);
      expect((await own.contract(maria.contractId)).status).toBe(200);
      await waitFor(async () => ((await own.contractPosition(maria.contractId)).status === 200 ? true : undefined), { description: "Maria's contract position" });
      const notices = await waitFor(async () => {
        const items = await own.notifications(maria.customerId);
        return items.length > 0 ? items : undefined;
      }, { description: "Maria's notifications" });
      const due = maria.rows[0]['dueDate'];
      await servicing().setBusinessDate(due);
      const paid = await own.pay({ customerId: maria.customerId, contractId: maria.contractId, amount: maria.rows[0]['installment'], installments: [1], paymentDate: due }, randomUUID());
      expect(paid.status).toBe(201);
      expect((await own.payment(paid.body['paymentId'])).status).toBe(200);
      expect((await own.billing(maria.contractId)).status).toBe(200);

      const joaoClient = customer();
      await inssCustomer(joaoClient);
      const joao = as({ cpf: joaoClient.cpf });
      const replies = {
        customerContracts: await joao.customerContracts(maria.customerId),
        customerContract: await joao.customerContract(maria.customerId, maria.contractId),
        contract: await joao.contract(maria.contractId),
        payment: await joao.payment(paid.body['paymentId']),
        installments: await joao.billing(maria.contractId),
        contractPosition: await joao.contractPosition(maria.contractId),
        pay: await joao.pay({ customerId: maria.customerId, contractId: maria.contractId, amount: maria.rows[1]['installment'], installments: [2], paymentDate: due }),
      };
      const statuses = Object.fromEntries(Object.entries(replies).map(([read, reply]) => [read, reply.status]));
      expect(statuses).toEqual(Object.fromEntries(Object.keys(replies).map((read) => [read, 404])));
      const theirs = await joao.read('notification', `/v1/notifications?customerId=${maria.customerId}`);
      const seen: string[] = theirs.status === 200 ? theirs.body['items'].map((n: { id: string }) => n.id) : [];
      expect([200, 404]).toContain(theirs.status);
      expect(seen.filter((id) => notices.some((n) => n.id === id))).toEqual([]);
    });

    it.each(UNAUTHENTICATED)('%s: %s %s without a token → 401 AUTH.TOKEN_MISSING with WWW-Authenticate', async (service, method, path) => {
      const res = await fetch(`${e2eStack().urls[service]}${path}`, { method, headers: method === 'PUT' ? { 'content-type': 'application/json' } : {}, body: method === 'PUT' ? '{"today":null}' : undefined });
      expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([401, 'AUTH.TOKEN_MISSING']);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
    });

    it('a corban partner cannot read contracts: 403 AUTH.INSUFFICIENT_SCOPE', async () => {
      const refused = await as({ client: 'corban-alpha' }).contract(maria.contractId);
      expect([refused.status, refused.body['code']]).toEqual([403, 'AUTH.INSUFFICIENT_SCOPE']);
    });

    it("the business clock moves for CLOCK_ADMIN only (internal-origination: 403 AUTH.ROLE_REQUIRED), and the move is in payment's audit trail for an auditor", async () => {
      const date = '2031-03-17';
      const refused = await as({ client: 'internal-origination' }).adjustClock(date);
      expect([refused.status, refused.body['code']]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
      expect((await servicing().read('payment', '/v1/admin/clock')).body['today']).not.toBe(date);

      const started = new Date(Date.now() - 1_000).toISOString();
      expect((await servicing().adjustClock(date)).status).toBe(200);
      const trail = await as({ staff: 'carla.auditora' }).audit('payment', { action: 'clock.adjust', actor: 'servicing-ops' });
      expect(trail.status).toBe(200);
      const [latest] = trail.body['items'];
      expect(latest).toEqual(expect.objectContaining({ actor: 'servicing-ops', action: 'clock.adjust', method: 'PUT', path: '/v1/admin/clock', status: 200, outcome: 'OK' }));
      expect(latest['recordedAt'] >= started).toBe(true);
      const notAuditor = await as({ client: 'internal-origination' }).audit('payment');
      expect([notAuditor.status, notAuditor.body['code']]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
      await servicing().setBusinessDate(null);
    });
  });
}
