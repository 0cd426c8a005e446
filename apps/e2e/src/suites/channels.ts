import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ChannelClient, randomCpf } from '@consignado/stack-runner';
import { testEndpoints } from '@consignado/testing';
import { e2eIdentity } from '../support/identity';
import { client, finalState, inssCustomer } from '../support/journey';
import { e2eStack } from '../support/stack';

async function proposalRows(): Promise<number> {
  const url = new URL(testEndpoints().databaseUrl);
  url.pathname = '/consignado_proposal';
  const pg = new Client({ connectionString: url.toString() });
  await pg.connect();
  try {
    const { rows } = await pg.query(`SELECT count(*)::int AS n FROM "${e2eStack().schema}".proposal`);
    return rows[0].n as number;
  } finally {
    await pg.end();
  }
}


export function channelsSuite(): void {
  /** R-PR-1, R-PR-7, R-PR-8, R-X-1 through the channel APIs of the running stack. */
  describe('channel APIs', () => {
    it('refuses a missing or forged token with 401, and another channel\'s token with 403, storing nothing', async () => {
      const before = await proposalRows();
      const proposalUrl = e2eStack().urls.proposal;
      const anonymous = client('digital', { anonymous: true });
      const missing = await anonymous.post(anonymous.path('customers'), {});
      expect([missing.status, missing.body['code']]).toEqual([401, 'AUTH.TOKEN_MISSING']);
      const forged = new ChannelClient(proposalUrl, 'corban', async () => 'nope');
      const invalid = await forged.post(forged.path('customers'), {});
      expect([invalid.status, invalid.body['code']]).toEqual([401, 'AUTH.TOKEN_INVALID']);
      const customerToken = new ChannelClient(proposalUrl, 'internal', e2eIdentity().token({ cpf: randomCpf() }));
      const otherChannel = await customerToken.post(customerToken.path('proposals'), {});
      expect([otherChannel.status, otherChannel.body['code']]).toEqual([403, 'AUTH.CHANNEL_FORBIDDEN']);
      expect(await proposalRows()).toBe(before);
    });

    it('a corban cannot read another corban\'s proposal (404)', async () => {
      const alpha = client('corban');
      const customer = await inssCustomer(alpha);
      const created = await alpha.post(alpha.path('proposals'), { customerId: customer.id, product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '2000.00', termMonths: 24, withInsurance: false });
      expect(created.status).toBe(201);
      const beta = client('corban', { client: 'corban-beta' });
      const res = await beta.get(beta.path(`proposals/${created.body['id']}`));
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'PROPOSAL.NOT_FOUND', detail: 'Proposta não encontrada' });
    });

    it('a retried POST with the same Idempotency-Key returns the first proposal and creates one', async () => {
      const c = client('internal');
      const customer = await inssCustomer(c);
      const body = { customerId: customer.id, product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '2500.00', termMonths: 36, withInsurance: false };
      const key = randomUUID();
      const before = await proposalRows();
      const first = await c.post(c.path('proposals'), body, { 'idempotency-key': key });
      const second = await c.post(c.path('proposals'), body, { 'idempotency-key': key });
      expect(first.status).toBe(201);
      expect(second.status).toBe(first.status);
      expect(second.body['id']).toBe(first.body['id']);
      expect(await proposalRows()).toBe(before + 1);
      const conflict = await c.post(c.path('proposals'), { ...body, requestedAmount: '2600.00' }, { 'idempotency-key': key });
      expect(conflict.status).toBe(409);
    });

    it('malformed bodies get 400 with a code and pt-BR messages, and nothing is stored', async () => {
      const c = client('corban');
      const before = await proposalRows();
      const bad = await c.post(c.path('proposals'), { customerId: 'x', product: 'CAR', requestedAmount: 10, termMonths: 'many' });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'REQUEST.INVALID_BODY', detail: 'Dados da requisição inválidos' });
      expect((bad.body['errors'] as Array<{ message: string }>).length).toBeGreaterThan(0);
      const broken = await c.post(c.path('proposals'), '{"customerId":');
      expect(broken.status).toBe(400);
      const badCpf = await c.post(c.path('customers'), { cpf: '123.456.789-00', name: 'X', birthDate: '1960-01-01', monthlyIncome: '1000.00', linkType: 'SERVIDOR' });
      expect(badCpf.status).toBe(400);
      expect(await proposalRows()).toBe(before);
    });

    it('a customer cancels before contracting: CANCELLED, and later events cannot revive it', async () => {
      const c = client('digital');
      const customer = await inssCustomer(c);
      const created = await c.post(c.path('proposals'), { customerId: customer.id, product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '3000.00', termMonths: 48, withInsurance: false });
      expect(created.body['state']).toBe('PENDING_DOCUMENTS');
      const cancelled = await c.post(c.path(`proposals/${created.body['id']}/cancel`), {});
      expect(cancelled.status).toBeLessThan(300);
      expect((await finalState(c, String(created.body['id'])))['state']).toBe('CANCELLED');
      const again = await c.post(c.path(`proposals/${created.body['id']}/cancel`), {});
      expect(again.status).toBe(409);
    });
  });
}
