import { startTestService, type TestService } from '@consignado/testing';
// The connector's counterpart, started in-process on a random port: a test-only dependency.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule as InsurerMockModule } from '../../insurer-mock/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { InsurerMockConfig } from '../../insurer-mock/src/config';

export const INSURER_KEY = 'insurer-partner-test-key';
const ADMIN_KEY = 'insurer-admin-test-key';

/** The mock insurer on the real PostgreSQL (own schema): no random failure, reviews of 300 ms. */
export function startInsurer(): Promise<TestService<InsurerMockConfig>> {
  return startTestService({
    service: 'insurer-mock',
    config: InsurerMockConfig,
    module: (c) => InsurerMockModule.register(c),
    env: {
      INSURER_API_KEY: INSURER_KEY,
      INSURER_ADMIN_API_KEY: ADMIN_KEY,
      INSURER_LATENCY_MIN_MS: '0',
      INSURER_LATENCY_MAX_MS: '20',
      INSURER_FAILURE_RATE: '0',
      INSURER_CHAOS_SEED: '7',
      INSURER_CLAIM_REVIEW_MS: '300',
      INSURER_TIMEOUT_HOLD_MS: '3000',
    },
  });
}

/** The insurer's admin API (claims, outcome scripts, chaos), and its claims API as the bank. */
export function insurerDesk(baseUrl: string) {
  const call = async (method: string, path: string, body: unknown, headers: Record<string, string>) => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined } as { status: number; body: any };
  };
  const admin = (method: string, path: string, body?: unknown) => call(method, path, body, { 'x-admin-key': ADMIN_KEY });
  return {
    admin,
    file: (body: unknown) => call('POST', '/v1/claims', body, { 'x-api-key': INSURER_KEY }),
    claims: async (query: string) => (await admin('GET', `/admin/claims?${query}`)).body.claims as any[],
    calls: async (claimId: string) => (await admin('GET', `/admin/calls?subject=${claimId}`)).body.calls as Record<string, number>,
    script: (operation: 'FILE_CLAIM' | 'GET_CLAIM', failNext: number, status: 503 | 500 | 'timeout', subject?: string) =>
      admin('POST', '/admin/chaos/script', { operation, failNext, status, ...(subject ? { subject } : {}) }),
    deny: (policyNumber: string, reason: string) => admin('POST', '/admin/outcome-script', { policyNumber, outcome: 'DENIED', reason, next: 1 }),
    chaos: (change: Record<string, unknown>) => admin('PUT', '/admin/chaos', change),
  };
}

let policies = 0;
/** A policy number no other test uses. */
export const newPolicy = (): string => `PRST-IT${Date.now().toString(36).toUpperCase()}-${(policies += 1)}`;
