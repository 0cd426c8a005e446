import { startTestService, uniqueName } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { ProposalConfig } from '../src/config';
import { api, type Service } from './support';

const SIMULATION = { product: 'INSS_CONSIGNADO', amount: '1000', termMonths: 12 };

/** R-SEC-2: rate limits per client and per customer, in Redis, shared by a service's instances. */
describe('rate limits and security headers on the real stack', () => {
  const prefix = uniqueName('rl');
  let first: Service;
  let second: Service;

  beforeAll(async () => {
    const env = { RATE_LIMIT_KEY_PREFIX: prefix, RATE_LIMIT_PER_CLIENT_PER_MINUTE: '4', RATE_LIMIT_PER_CUSTOMER_PER_MINUTE: '2' };
    const start = () => startTestService({ service: 'proposal', config: ProposalConfig, module: (c) => AppModule.register(c), env });
    [first, second] = await Promise.all([start(), start()]);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('counts one client across two instances of the service, then answers 429 with Retry-After; other clients keep their budget', async () => {
    const statuses: number[] = [];
    for (const service of [first, second, first, second]) statuses.push((await api(service, 'corban').post('simulations', SIMULATION)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const refused = await api(second, 'corban').post('simulations', SIMULATION);
    expect([refused.status, refused.body.code]).toEqual([429, 'REQUEST.RATE_LIMITED']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.detail).toMatch(/^Muitas requisições/);
    expect((await api(first, 'corban', { client: 'corban-beta' }).post('simulations', SIMULATION)).status).toBe(200);
  });

  it('gives each customer of the app a budget of their own', async () => {
    const maria = api(first, 'digital');
    const joao = api(first, 'digital');
    expect([(await maria.post('simulations', SIMULATION)).status, (await maria.post('simulations', SIMULATION)).status]).toEqual([200, 200]);
    const refused = await maria.post('simulations', SIMULATION);
    expect([refused.status, refused.headers.get('ratelimit-remaining')]).toEqual([429, '0']);
    expect((await joao.post('simulations', SIMULATION)).status).toBe(200);
  });

  it('sends the standard security headers, and RateLimit-* on every answer', async () => {
    const reply = await api(first, 'corban', { client: 'corban-beta' }).post('simulations', SIMULATION);
    expect(reply.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(reply.headers.get('x-powered-by')).toBeNull();
    expect(reply.headers.get('ratelimit-limit')).toBe('4');
  });
});
