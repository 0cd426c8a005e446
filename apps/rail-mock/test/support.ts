import { randomUUID } from 'node:crypto';
import { startTestService, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { RailMockConfig } from '../src/config';

export const PARTNER_KEY = 'key-of-consignadohub';
export const ADMIN_KEY = 'rail-admin-test-key';

export interface HttpAnswer {
  status: number;
  body: any;
}

/** The mock on the real PostgreSQL (its own schema), no latency or random failure, settlements of 300 ms. */
export function startRail(env: Record<string, string> = {}): Promise<TestService<RailMockConfig>> {
  return startTestService({
    service: 'rail-mock',
    config: RailMockConfig,
    module: (c) => AppModule.register(c),
    env: {
      RAIL_API_KEY: PARTNER_KEY,
      RAIL_ADMIN_API_KEY: ADMIN_KEY,
      RAIL_LATENCY_MIN_MS: '0',
      RAIL_LATENCY_MAX_MS: '0',
      RAIL_FAILURE_RATE: '0',
      RAIL_CHAOS_SEED: '7',
      RAIL_SETTLEMENT_MS: '300',
      ...env,
    },
  });
}

/** JSON over HTTP: as the bank (its key), or as the admin. */
export function clients(baseUrl: string) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const bank = { 'x-api-key': PARTNER_KEY };
  return {
    call,
    create: (body: unknown) => call('POST', '/v1/transfers', body, bank),
    get: (transferId: string) => call('GET', `/v1/transfers/${transferId}`, undefined, bank),
    admin: (method: string, path: string, body?: unknown) => call(method, path, body, { 'x-admin-key': ADMIN_KEY }),
  };
}

let keys = 0;
/** A transfer to a PIX key no other test uses. */
export const newTransfer = (change: Record<string, unknown> = {}) => ({
  transferId: randomUUID(),
  amount: '8214.33',
  creditor: { kind: 'PIX_KEY', pixKey: `cliente-${Date.now().toString(36)}-${(keys += 1)}@example.com` },
  creditorCpf: '52998224725',
  purpose: 'LOAN_RELEASE',
  ...change,
});

/** An account no other test uses. */
export const newAccount = () => ({ kind: 'BANK_ACCOUNT', ispb: '00000000', branch: '1234', number: `${Date.now() % 1_000_000_000}${(keys += 1)}`, accountType: 'CACC' });

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
