import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { generateCpf } from '@consignado/auth';
import { examplePayload } from '@consignado/contracts';
import { bearer, publishEvent, startTestService, testEndpoints, testIdentity, testKafka, uniqueName, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { AverbationConnectorConfig } from '../src/config';
import { freshBenefit } from './support';

/**
 * R-SEC-1 with real tokens of the local provider. An averbation names its customer: contracts:read,
 * and a customer sees only their own. Portabilities name none: back office only. No Dataprev or
 * exchange here (their health routes answer "down", without a token).
 */
describe('averbation-connector API access', () => {
  const identity = testIdentity();
  let connector: TestService<AverbationConnectorConfig>;
  let producer: Producer;

  beforeAll(async () => {
    const ns = uniqueName('it-av-access');
    const env = { DATAPREV_URL: 'http://127.0.0.1:9', CTC_URL: 'http://127.0.0.1:9', REDIS_URL: testEndpoints().redisUrl, REDIS_KEY_PREFIX: ns, AVERBATION_BACKOFF_BASE_MS: '60000', CTC_FEED_POLL_INTERVAL_MS: '600000' };
    connector = await startTestService({ service: 'averbation-connector', config: AverbationConnectorConfig, module: (c) => AppModule.register(c), namespace: ns, env });
    producer = testKafka().producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await connector?.close();
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${connector.baseUrl}${path}`, { headers });
    return { status: res.status, challenge: res.headers.get('www-authenticate'), body: (await res.json()) as any };
  };
  const client = async (clientId: string) => bearer(await identity.clientToken(clientId));
  const customer = async () => {
    const session = await identity.customerSession(generateCpf());
    return { customerId: session.accountId, headers: bearer(session.accessToken) };
  };
  /** A contract of `customerId` whose averbation the connector took (it waits for Dataprev). */
  const averbated = async (customerId: string) => {
    const contractId = randomUUID();
    await publishEvent(producer, connector.namespace, 'AverbationRequested', { ...examplePayload('AverbationRequested'), contractId, customerId, proposalId: randomUUID(), benefitNumber: freshBenefit() });
    await waitFor(async () => (await get(`/v1/averbations/${contractId}`, await client('servicing-ops'))).status === 200, { timeoutMs: 30_000, description: `averbation of ${contractId}` });
    return contractId;
  };

  it("refuses a request without a token (401 AUTH.TOKEN_MISSING, Bearer challenge); the partners' health needs none", async () => {
    for (const path of [`/v1/averbations/${randomUUID()}`, '/v1/portabilities/202502280000000000424', `/v1/portabilities?contractId=${randomUUID()}`]) {
      expect(await get(path)).toMatchObject({ status: 401, challenge: 'Bearer realm="consignado"', body: { code: 'AUTH.TOKEN_MISSING' } });
    }
    for (const path of ['/health/dataprev', '/health/ctc']) expect(await get(path)).toMatchObject({ status: 200, body: { status: 'down' } });
  });

  it("gives a customer their own averbation, and another customer's the same 404 as a missing one", async () => {
    const [ana, bia] = [await customer(), await customer()];
    const [anas, bias] = [await averbated(ana.customerId), await averbated(bia.customerId)];
    expect(await get(`/v1/averbations/${anas}`, ana.headers)).toMatchObject({ status: 200, body: { contractId: anas, status: 'PENDING_REGISTRATION' } });
    const foreign = await get(`/v1/averbations/${bias}`, ana.headers);
    expect(foreign).toMatchObject({ status: 404, body: { code: 'AVERBATION.NOT_FOUND', detail: 'Averbação não encontrada para este contrato.' } });
    expect((await get(`/v1/averbations/${randomUUID()}`, ana.headers)).body).toMatchObject({ code: foreign.body.code, detail: foreign.body.detail });
    expect(await get(`/v1/averbations/${bias}`, bearer(await identity.staffToken('carla.auditora')))).toMatchObject({ status: 200, body: { contractId: bias } });
  });

  it('keeps portabilities from customers and correspondents (403 AUTH.INSUFFICIENT_SCOPE), and averbations from correspondents', async () => {
    const refusals = [
      [`/v1/portabilities?contractId=${randomUUID()}`, (await customer()).headers],
      ['/v1/portabilities/202502280000000000424', (await customer()).headers],
      [`/v1/portabilities?contractId=${randomUUID()}`, await client('corban-alpha')],
      [`/v1/averbations/${randomUUID()}`, await client('corban-alpha')],
    ] as const;
    for (const [path, headers] of refusals) {
      expect(await get(path, headers)).toMatchObject({ status: 403, challenge: expect.stringContaining('insufficient_scope'), body: { code: 'AUTH.INSUFFICIENT_SCOPE' } });
    }
  });

  it('gives the back office the portabilities (contracts:read + backoffice)', async () => {
    for (const headers of [await client('servicing-ops'), await client('internal-origination'), bearer(await identity.staffToken('ana.operadora'))]) {
      expect(await get(`/v1/portabilities?contractId=${randomUUID()}`, headers)).toMatchObject({ status: 200, body: { items: [] } });
      expect(await get('/v1/portabilities/202502280000000000424', headers)).toMatchObject({ status: 404, body: { code: 'PORTABILITY.NOT_FOUND' } });
    }
  });
});
