import { randomUUID } from 'node:crypto';
import { startTestService, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { InsurerMockConfig } from '../src/config';

export const PARTNER_KEY = 'key-of-consignadohub';
export const ADMIN_KEY = 'insurer-admin-test-key';

export interface HttpAnswer {
  status: number;
  body: any;
}

/** The mock on the real PostgreSQL (its own schema), no latency or random failure, reviews of 300 ms. */
export function startInsurer(env: Record<string, string> = {}): Promise<TestService<InsurerMockConfig>> {
  return startTestService({
    service: 'insurer-mock',
    config: InsurerMockConfig,
    module: (c) => AppModule.register(c),
    env: {
      INSURER_API_KEY: PARTNER_KEY,
      INSURER_ADMIN_API_KEY: ADMIN_KEY,
      INSURER_LATENCY_MIN_MS: '0',
      INSURER_LATENCY_MAX_MS: '0',
      INSURER_FAILURE_RATE: '0',
      INSURER_CHAOS_SEED: '7',
      INSURER_CLAIM_REVIEW_MS: '300',
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
    file: (body: unknown) => call('POST', '/v1/claims', body, bank),
    get: (claimId: string) => call('GET', `/v1/claims/${claimId}`, undefined, bank),
    admin: (method: string, path: string, body?: unknown) => call(method, path, body, { 'x-admin-key': ADMIN_KEY }),
  };
}

let policies = 0;
/** A claim on a policy no other test uses, for the debt of 2026-05-04. */
export const newClaim = (change: Record<string, unknown> = {}) => ({
  claimId: randomUUID(),
  contractId: randomUUID(),
  policyNumber: `PRST-${Date.now().toString(36).toUpperCase()}-${(policies += 1)}`,
  cause: 'DEATH',
  coverageDate: '2026-05-04',
  coverageAmount: '8214.33',
  ...change,
});

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
