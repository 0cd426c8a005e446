import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { generateCpf } from '@consignado/auth';
import { examplePayload } from '@consignado/contracts';
import { bearer, publishEvent, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { startNotification } from './start-notification';

/** R-SEC-1 with real tokens of the local provider: who reads which customer's notifications. */
describe('notification API access', () => {
  const identity = testIdentity();
  let service: TestService<NotificationConfig>;
  let producer: Producer;

  beforeAll(async () => {
    service = await startNotification({ SMTP_PORT: '9', DELIVERY_POLL_INTERVAL_MS: '60000' });
    producer = testKafka().producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  const get = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${service.baseUrl}/v1/notifications${query}`, { headers });
    return { status: res.status, challenge: res.headers.get('www-authenticate'), body: (await res.json()) as any };
  };
  const operator = async () => bearer(await identity.clientToken('servicing-ops'));
  /** A signed-in customer with one notification of their own (a cancelled proposal). */
  const customerWithNotification = async () => {
    const session = await identity.customerSession(generateCpf());
    await publishEvent(producer, service.namespace, 'ProposalCancelled', { ...examplePayload('ProposalCancelled'), customerId: session.accountId, proposalId: randomUUID() });
    await waitFor(async () => (await get(`?customerId=${session.accountId}`, await operator())).body.items?.length === 1, { timeoutMs: 30_000, description: 'the notification stored' });
    return { customerId: session.accountId, headers: bearer(session.accessToken) };
  };

  it('refuses a request without a token: 401 AUTH.TOKEN_MISSING with a Bearer challenge', async () => {
    expect(await get(`?customerId=${randomUUID()}`)).toMatchObject({ status: 401, challenge: 'Bearer realm="consignado"', body: { code: 'AUTH.TOKEN_MISSING' } });
  });

  it.each(['corban-alpha', 'internal-origination'])('refuses %s, whose token lacks notifications:read: 403 AUTH.INSUFFICIENT_SCOPE', async (client) => {
    const res = await get(`?customerId=${randomUUID()}`, bearer(await identity.clientToken(client)));
    expect(res).toMatchObject({ status: 403, challenge: expect.stringContaining('error="insufficient_scope"'), body: { code: 'AUTH.INSUFFICIENT_SCOPE' } });
  });

  it("gives a customer their own log — with or without naming themself — and another customer's as empty", async () => {
    const [ana, bia] = [await customerWithNotification(), await customerWithNotification()];
    const own = await get('', ana.headers);
    expect(own).toMatchObject({ status: 200, body: { items: [{ customerId: ana.customerId, template: 'PROPOSAL_CANCELLED' }] } });
    expect((await get(`?customerId=${ana.customerId}`, ana.headers)).body).toEqual(own.body);
    expect(await get(`?customerId=${bia.customerId}`, ana.headers)).toMatchObject({ status: 200, body: { items: [] } });
    expect((await get(`?customerId=${bia.customerId}`, await operator())).body.items).toMatchObject([{ customerId: bia.customerId }]);
  });

  it('lets staff read a named customer, and asks the back office to name one: 400 NOTIFICATION.INVALID_QUERY', async () => {
    const ana = await customerWithNotification();
    expect((await get(`?customerId=${ana.customerId}`, bearer(await identity.staffToken('bruno.servicing')))).body.items).toHaveLength(1);
    const unnamed = await get('', await operator());
    expect(unnamed).toMatchObject({ status: 400, body: { code: 'NOTIFICATION.INVALID_QUERY', errors: [{ field: 'customerId', message: 'Informe o customerId do cliente.' }] } });
  });
});
