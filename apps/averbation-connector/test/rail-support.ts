import { startTestService, type TestService } from '@consignado/testing';
// The connector's counterpart, started in-process on a random port: a test-only dependency.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule as RailMockModule } from '../../rail-mock/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { RailMockConfig } from '../../rail-mock/src/config';

export const RAIL_KEY = 'rail-partner-test-key';
const ADMIN_KEY = 'rail-admin-test-key';

/** The mock rail on the real PostgreSQL (own schema): no random failure, settlements of 300 ms. */
export function startRail(): Promise<TestService<RailMockConfig>> {
  return startTestService({
    service: 'rail-mock',
    config: RailMockConfig,
    module: (c) => RailMockModule.register(c),
    env: {
      RAIL_API_KEY: RAIL_KEY,
      RAIL_ADMIN_API_KEY: ADMIN_KEY,
      RAIL_LATENCY_MIN_MS: '0',
      RAIL_LATENCY_MAX_MS: '20',
      RAIL_FAILURE_RATE: '0',
      RAIL_CHAOS_SEED: '7',
      RAIL_SETTLEMENT_MS: '300',
      RAIL_TIMEOUT_HOLD_MS: '3000',
    },
  });
}

/** The rail's admin API (transfers, outcome scripts, chaos), and its transfers API as the bank. */
export function railDesk(baseUrl: string) {
  const call = async (method: string, path: string, body: unknown, headers: Record<string, string>) => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined } as { status: number; body: any };
  };
  const admin = (method: string, path: string, body?: unknown) => call(method, path, body, { 'x-admin-key': ADMIN_KEY });
  return {
    admin,
    create: (body: unknown) => call('POST', '/v1/transfers', body, { 'x-api-key': RAIL_KEY }),
    transfers: async (transferId: string) => (await admin('GET', `/admin/transfers?transferId=${transferId}`)).body.transfers as any[],
    calls: async (transferId: string) => (await admin('GET', `/admin/calls?subject=${transferId}`)).body.calls as Record<string, number>,
    script: (operation: 'CREATE_TRANSFER' | 'GET_TRANSFER', failNext: number, status: 503 | 500 | 'timeout', subject?: string) =>
      admin('POST', '/admin/chaos/script', { operation, failNext, status, ...(subject ? { subject } : {}) }),
    reject: (pixKey: string, reason: string) => admin('POST', '/admin/outcome-script', { pixKey, outcome: 'REJECTED', reason, next: 1 }),
    chaos: (change: Record<string, unknown>) => admin('PUT', '/admin/chaos', change),
  };
}

let keys = 0;
/** A PIX key no other test uses. */
export const newPixKey = (): string => `cliente-it-${Date.now().toString(36)}-${(keys += 1)}@example.com`;
