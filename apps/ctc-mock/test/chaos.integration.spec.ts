import type { TestService } from '@consignado/testing';
import type { CtcMockConfig } from '../src/config';
import { clients, newContract, originContract, requestFor, startCtc } from './support';

const BANK = '99100004';

/** The participant API is slow and unstable on demand; admin, health and the banks' worker never are. */
describe('mock CTC: chaos', () => {
  let ctc: TestService<CtcMockConfig>;
  let api: ReturnType<typeof clients>;

  beforeAll(async () => {
    ctc = await startCtc();
    api = clients(ctc.baseUrl);
  });

  afterAll(async () => {
    await ctc?.close();
  });

  const script = (operation: string, failNext: number, status: unknown, subject?: string) => api.admin('POST', '/admin/chaos/script', { operation, failNext, status, ...(subject ? { subject } : {}) });

  it('fails the scripted transfer before doing anything; the retry goes through', async () => {
    const contractNumber = newContract();
    await api.admin('POST', '/admin/origin-contracts', originContract(BANK, contractNumber, 'ANSWER', { settlementDelayMs: 60_000 }));
    const { portabilityNumber: nu } = (await api.us.request(requestFor(BANK, contractNumber))).body;
    await api.until(nu, 'ACCEPTED_SETTLEMENT_IN_PROGRESS');
    expect((await script('TRANSFER', 1, 503, nu)).status).toBe(201);
    const failed = await api.us.move(nu, 'transfer', { amount: '10234.56' });
    expect([failed.status, failed.body.code, failed.headers.get('retry-after')]).toEqual([503, 'CTC.UNAVAILABLE', '1']);
    expect((await api.us.get(nu)).body.status).toBe('ACCEPTED_SETTLEMENT_IN_PROGRESS');
    const retried = await api.us.move(nu, 'transfer', { amount: '10234.56' });
    expect([retried.status, retried.body.status]).toEqual([200, 'ACCEPTED_SETTLEMENT_COMPLETED']);
    expect((await api.admin('GET', `/admin/calls?subject=${nu}`)).body.calls).toMatchObject({ TRANSFER: 2, ANSWER_BALANCE: 0 });
  });

  it('fails a request by its contract number, and the feed by any subject, with 500', async () => {
    const contractNumber = newContract();
    await script('REQUEST', 1, 500, contractNumber);
    const failed = await api.us.request(requestFor(BANK, contractNumber));
    expect([failed.status, failed.body.code]).toEqual([500, 'CTC.INTERNAL_ERROR']);
    expect((await api.admin('GET', `/admin/portabilities?originContractNumber=${contractNumber}`)).body.portabilities).toEqual([]);
    await script('READ_FEED', 2, 500);
    expect((await api.us.feed()).status).toBe(500);
    expect((await api.other.feed()).status).toBe(500);
    expect((await api.us.feed()).status).toBe(200);
  });

  it('holds a scripted timeout until the caller gives up', async () => {
    await script('GET', 1, 'timeout');
    const started = Date.now();
    await expect(fetch(`${ctc.baseUrl}/v1/portabilities/202502280000000000424`, { headers: { 'x-participant-ispb': '99000001', 'x-api-key': 'key-of-consignadohub' }, signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('goes down and slow at runtime, never for admin or health', async () => {
    try {
      const down = await api.admin('PUT', '/admin/chaos', { unavailable: true });
      expect(down.body).toMatchObject({ unavailable: true, latencyMaxMs: 0, seed: 7 });
      const refused = await api.us.feed();
      expect([refused.status, refused.body.code, refused.body.detail]).toEqual([503, 'CTC.UNAVAILABLE', 'CTC indisponível no momento; tente novamente mais tarde.']);
      expect((await api.call('GET', '/health/ready')).status).toBe(200);
      expect((await api.admin('GET', '/admin/clock')).status).toBe(200);
      await api.admin('PUT', '/admin/chaos', { unavailable: false, latencyMinMs: 250, latencyMaxMs: 250 });
      const started = Date.now();
      expect((await api.us.feed()).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(240);
      const bad = await api.admin('PUT', '/admin/chaos', { failureRate: 2 });
      expect([bad.status, bad.body.code]).toEqual([400, 'REQUEST.INVALID_BODY']);
    } finally {
      await api.admin('PUT', '/admin/chaos', { unavailable: false, latencyMinMs: 0, latencyMaxMs: 0, failureRate: 0 });
    }
  });
});
