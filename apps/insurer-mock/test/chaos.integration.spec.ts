import { randomUUID } from 'node:crypto';
import type { TestService } from '@consignado/testing';
import type { InsurerMockConfig } from '../src/config';
import { ADMIN_KEY, clients, newClaim, PARTNER_KEY, startInsurer } from './support';

/** The claims API is slow and unstable on demand, failing before it does anything; admin and health never are. */
describe('mock insurer: chaos', () => {
  let insurer: TestService<InsurerMockConfig>;
  let api: ReturnType<typeof clients>;

  beforeAll(async () => {
    insurer = await startInsurer({ INSURER_TIMEOUT_HOLD_MS: '3000' });
    api = clients(insurer.baseUrl);
  });

  afterAll(async () => {
    await insurer?.close();
  });

  const script = (operation: string, failNext: number, status: unknown, subject?: string) => api.admin('POST', '/admin/chaos/script', { operation, failNext, status, ...(subject ? { subject } : {}) });

  it('fails a scripted filing before opening anything; the retry opens the claim; both calls are counted', async () => {
    const claim = newClaim();
    expect((await script('FILE_CLAIM', 2, 503, claim.claimId)).status).toBe(201);
    const failed = await api.file(claim);
    expect([failed.status, failed.body.code]).toEqual([503, 'INSURER.UNAVAILABLE']);
    expect((await api.file(claim)).status).toBe(503);
    expect((await api.admin('GET', `/admin/claims?claimId=${claim.claimId}`)).body.claims).toEqual([]);
    expect((await api.file(claim)).status).toBe(201);
    expect((await api.admin('GET', `/admin/calls?subject=${claim.claimId}`)).body.calls).toEqual({ FILE_CLAIM: 3, GET_CLAIM: 0 });
  });

  it('fails reads with 500 for any claim, then answers again', async () => {
    const claim = newClaim();
    await api.file(claim);
    await script('GET_CLAIM', 1, 500);
    expect([(await api.get(claim.claimId)).status]).toEqual([500]);
    expect((await api.get(claim.claimId)).status).toBe(200);
  });

  it('holds a scripted timeout until the caller gives up', async () => {
    const claimId = randomUUID();
    await script('GET_CLAIM', 1, 'timeout', claimId);
    const started = Date.now();
    await expect(fetch(`${insurer.baseUrl}/v1/claims/${claimId}`, { headers: { 'x-api-key': PARTNER_KEY }, signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('goes down at runtime for the bank, never for admin or health', async () => {
    try {
      expect((await api.admin('PUT', '/admin/chaos', { unavailable: true })).body).toMatchObject({ unavailable: true, seed: 7 });
      expect((await api.file(newClaim())).status).toBe(503);
      expect((await fetch(`${insurer.baseUrl}/health/ready`)).status).toBe(200);
      expect((await fetch(`${insurer.baseUrl}/admin/claims`, { headers: { 'x-admin-key': ADMIN_KEY } })).status).toBe(200);
    } finally {
      await api.admin('PUT', '/admin/chaos', { unavailable: false });
    }
    expect((await api.file(newClaim())).status).toBe(201);
  });
});
