import { randomUUID } from 'node:crypto';
import type { TestService } from '@consignado/testing';
import type { RailMockConfig } from '../src/config';
import { ADMIN_KEY, clients, newTransfer, PARTNER_KEY, startRail } from './support';

/** The transfers API is slow and unstable on demand, failing before it does anything; admin and health never are. */
describe('mock rail: chaos', () => {
  let rail: TestService<RailMockConfig>;
  let api: ReturnType<typeof clients>;

  beforeAll(async () => {
    rail = await startRail({ RAIL_TIMEOUT_HOLD_MS: '3000' });
    api = clients(rail.baseUrl);
  });

  afterAll(async () => {
    await rail?.close();
  });

  const script = (operation: string, failNext: number, status: unknown, subject?: string) => api.admin('POST', '/admin/chaos/script', { operation, failNext, status, ...(subject ? { subject } : {}) });

  it('fails a scripted filing before opening anything; the retry opens the transfer; both calls are counted', async () => {
    const transfer = newTransfer();
    expect((await script('CREATE_TRANSFER', 2, 503, transfer.transferId)).status).toBe(201);
    const failed = await api.create(transfer);
    expect([failed.status, failed.body.code]).toEqual([503, 'RAIL.UNAVAILABLE']);
    expect((await api.create(transfer)).status).toBe(503);
    expect((await api.admin('GET', `/admin/transfers?transferId=${transfer.transferId}`)).body.transfers).toEqual([]);
    expect((await api.create(transfer)).status).toBe(201);
    expect((await api.admin('GET', `/admin/calls?subject=${transfer.transferId}`)).body.calls).toEqual({ CREATE_TRANSFER: 3, GET_TRANSFER: 0 });
  });

  it('fails reads with 500 for any transfer, then answers again', async () => {
    const transfer = newTransfer();
    await api.create(transfer);
    await script('GET_TRANSFER', 1, 500);
    expect([(await api.get(transfer.transferId)).status]).toEqual([500]);
    expect((await api.get(transfer.transferId)).status).toBe(200);
  });

  it('holds a scripted timeout until the caller gives up', async () => {
    const transferId = randomUUID();
    await script('GET_TRANSFER', 1, 'timeout', transferId);
    const started = Date.now();
    await expect(fetch(`${rail.baseUrl}/v1/transfers/${transferId}`, { headers: { 'x-api-key': PARTNER_KEY }, signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('goes down at runtime for the bank, never for admin or health', async () => {
    try {
      expect((await api.admin('PUT', '/admin/chaos', { unavailable: true })).body).toMatchObject({ unavailable: true, seed: 7 });
      expect((await api.create(newTransfer())).status).toBe(503);
      expect((await fetch(`${rail.baseUrl}/health/ready`)).status).toBe(200);
      expect((await fetch(`${rail.baseUrl}/admin/transfers`, { headers: { 'x-admin-key': ADMIN_KEY } })).status).toBe(200);
    } finally {
      await api.admin('PUT', '/admin/chaos', { unavailable: false });
    }
    expect((await api.create(newTransfer())).status).toBe(201);
  });
});
