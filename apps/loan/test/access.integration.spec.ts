import { randomUUID } from 'node:crypto';
import { testIdentity } from '@consignado/testing';
import { handWorkedApproval } from './fixtures/approvals';
import { startLoan, type LoanHarness } from './harness';
import { newCustomer } from './support';

type Session = { accessToken: string; accountId: string };

/**
 * The contract API behind real tokens of the local provider (R-SEC-1): every route needs scope
 * `contracts:read`; a customer's token reaches only that customer's contracts, and someone else's
 * answers exactly as an unknown one. loan has no back-office action, so no route asks for a role.
 */
describe('loan: access to the contract API', () => {
  let loan: LoanHarness;
  let me: Session;
  let other: Session;
  const mine = { id: '', proposalId: '' };
  const theirs = { id: '', proposalId: '' };

  /** A PERSONAL loan of `customerId`, active at once: its contract and proposal ids. */
  async function bookFor(customerId: string, into: { id: string; proposalId: string }): Promise<void> {
    const approved = await loan.publish('CreditApproved', handWorkedApproval({ customerId }));
    await loan.accept(approved.aggregateId);
    const activated = await loan.event('ContractActivated', (e) => e.payload.proposalId === approved.aggregateId);
    Object.assign(into, { id: activated.aggregateId, proposalId: approved.aggregateId });
  }

  beforeAll(async () => {
    loan = await startLoan(['ContractActivated']);
    [me, other] = [await newCustomer(), await newCustomer()];
    await bookFor(me.accountId, mine);
    await bookFor(other.accountId, theirs);
  });
  afterAll(async () => loan?.close());

  const routes = () => [
    '/v1/contracts?customerId=' + me.accountId,
    `/v1/contracts/${mine.id}`,
    `/v1/contracts/${mine.id}/payoff?date=2026-05-10`,
    `/v1/customers/${me.accountId}/contracts`,
    `/v1/customers/${me.accountId}/contracts/${mine.id}`,
  ];
  const problem = async (path: string, token: string | null) => {
    const res = await loan.get(path, token);
    return [res.status, res.body?.code];
  };

  it('refuses a call without a token with 401 AUTH.TOKEN_MISSING and a Bearer challenge, on every route', async () => {
    for (const path of routes()) {
      const res = await loan.get(path, null);
      expect([path, res.status, res.body.code, res.headers.get('www-authenticate')]).toEqual([path, 401, 'AUTH.TOKEN_MISSING', 'Bearer realm="consignado"']);
    }
    expect(await problem(`/v1/contracts/${mine.id}`, 'not-a-jwt')).toEqual([401, 'AUTH.TOKEN_INVALID']);
    expect((await loan.get('/health/live', null)).status).toBe(200);
  });

  it('refuses tokens without scope contracts:read with 403 AUTH.INSUFFICIENT_SCOPE', async () => {
    for (const client of ['corban-alpha', 'payroll-source']) {
      const token = await testIdentity().clientToken(client);
      for (const path of routes()) {
        const res = await loan.get(path, token);
        expect([client, path, res.status, res.body.code]).toEqual([client, path, 403, 'AUTH.INSUFFICIENT_SCOPE']);
        expect(res.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
      }
    }
  });

  it('shows a customer their own contracts on every route', async () => {
    for (const path of routes()) expect([path, (await loan.get(path, me.accessToken)).status]).toEqual([path, 200]);
    const ids = async (path: string) => (await loan.get(path, me.accessToken)).body.items.map((c: { id: string }) => c.id);
    expect(await ids(`/v1/contracts?customerId=${me.accountId}`)).toEqual([mine.id]);
    expect(await ids(`/v1/contracts?proposalId=${mine.proposalId}`)).toEqual([mine.id]);
    expect(await ids(`/v1/customers/${me.accountId}/contracts`)).toEqual([mine.id]);
    expect((await loan.contract(mine.id, '', me.accessToken)).customerId).toBe(me.accountId);
  });

  it('answers a customer asking for another customer\'s contract exactly as for an unknown one', async () => {
    const noContract = [404, 'CONTRACT.NOT_FOUND'];
    const noCustomer = [404, 'LOAN.CUSTOMER_NOT_FOUND'];
    for (const id of [theirs.id, randomUUID()]) {
      expect(await problem(`/v1/contracts/${id}`, me.accessToken)).toEqual(noContract);
      expect(await problem(`/v1/contracts/${id}/payoff`, me.accessToken)).toEqual(noContract);
      expect(await problem(`/v1/customers/${me.accountId}/contracts/${id}`, me.accessToken)).toEqual(noContract);
    }
    for (const customerId of [other.accountId, randomUUID()]) {
      expect(await problem(`/v1/customers/${customerId}/contracts`, me.accessToken)).toEqual(noCustomer);
      expect(await problem(`/v1/customers/${customerId}/contracts/${theirs.id}`, me.accessToken)).toEqual(noCustomer);
    }
    const items = async (query: string) => (await loan.get(`/v1/contracts?${query}`, me.accessToken)).body.items;
    expect(await items(`customerId=${other.accountId}`)).toEqual([]);
    expect(await items(`proposalId=${theirs.proposalId}`)).toEqual([]);
    expect(await items(`proposalId=${mine.proposalId}&customerId=${other.accountId}`)).toEqual([]);
  });

  it('lets a back-office system read every customer\'s contracts', async () => {
    const ops = await testIdentity().clientToken('servicing-ops');
    for (const [customerId, id] of [[me.accountId, mine.id], [other.accountId, theirs.id]]) {
      expect((await loan.get(`/v1/customers/${customerId}/contracts/${id}`, ops)).body).toMatchObject({ customerId, contractId: id });
      expect((await loan.get(`/v1/contracts?customerId=${customerId}`, ops)).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
      expect((await loan.get(`/v1/contracts/${id}/payoff?date=2026-05-10`, ops)).status).toBe(200);
    }
  });
});
