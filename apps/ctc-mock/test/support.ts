import { randomUUID } from 'node:crypto';
import { startTestService, type TestService, waitFor } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { CtcMockConfig } from '../src/config';

export const OURS = '99000001';
export const OUR_KEY = 'key-of-consignadohub';
/** A second participant, to prove one never sees the other's portabilities. */
export const OTHER = '99000009';
export const OTHER_KEY = 'key-of-another-bank';
export const ADMIN_KEY = 'ctc-admin-test-key';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: any;
}

/** The mock on the real PostgreSQL (its own schema), no latency or random failure, a fast worker, no periodic sweep. */
export function startCtc(env: Record<string, string> = {}): Promise<TestService<CtcMockConfig>> {
  return startTestService({
    service: 'ctc-mock',
    config: CtcMockConfig,
    module: (c) => AppModule.register(c),
    env: {
      CTC_PARTICIPANTS: `${OURS}:${OUR_KEY},${OTHER}:${OTHER_KEY}`,
      CTC_ADMIN_API_KEY: ADMIN_KEY,
      CTC_LATENCY_MIN_MS: '0',
      CTC_LATENCY_MAX_MS: '0',
      CTC_FAILURE_RATE: '0',
      CTC_CHAOS_SEED: '7',
      CTC_SIMULATED_DELAY_MS: '0',
      CTC_WORKER_INTERVAL_MS: '50',
      CTC_SWEEP_INTERVAL_MS: '0',
      ...env,
    },
  });
}

/** JSON over HTTP: as a participant (its ISPB and key), or as the admin. */
export function clients(baseUrl: string) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
  const as = (ispb: string, key: string) => ({
    call: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => call(method, path, body, { 'x-participant-ispb': ispb, 'x-api-key': key, ...headers }),
    request: (body: unknown, idempotencyKey: string = randomUUID()) => call('POST', '/v1/portabilities', body, { 'x-participant-ispb': ispb, 'x-api-key': key, 'idempotency-key': idempotencyKey }),
    get: (nu: string) => call('GET', `/v1/portabilities/${nu}`, undefined, { 'x-participant-ispb': ispb, 'x-api-key': key }),
    move: (nu: string, action: string, body: unknown = {}) => call('POST', `/v1/portabilities/${nu}/${action}`, body, { 'x-participant-ispb': ispb, 'x-api-key': key }),
    feed: (after = '0', limit?: number) => call('GET', `/v1/messages?after=${after}${limit ? `&limit=${limit}` : ''}`, undefined, { 'x-participant-ispb': ispb, 'x-api-key': key }),
  });
  const admin = (method: string, path: string, body?: unknown) => call(method, path, body, { 'x-admin-key': ADMIN_KEY });
  const us = as(OURS, OUR_KEY);
  return {
    call,
    admin,
    us,
    other: as(OTHER, OTHER_KEY),
    /** Polls GET until the portability reaches `status` (the simulated banks move on their own). */
    until: (nu: string, status: string, by = us) =>
      waitFor(async () => ((await by.get(nu)).body.status === status ? (await by.get(nu)).body : undefined), { timeoutMs: 15_000, intervalMs: 50, description: `${nu} ${status}` }),
  };
}

let contracts = 0;
/** A contract number no other test uses. */
export const newContract = (): string => `CT-${Date.now().toString(36)}-${(contracts += 1)}`;

/** A simulated origin's contract (R$ 10.234,56 over 60 × 310.00 at 2.14% a.m.). */
export const originContract = (ispb: string, contractNumber: string, behaviour: string, extra: Record<string, unknown> = {}) => ({
  ispb,
  contractNumber,
  cpf: '52998224725',
  balance: '10234.56',
  remainingInstallments: 60,
  installment: '310.00',
  monthlyRate: '0.0214',
  behaviour,
  answerDelayMs: 0,
  settlementDelayMs: 0,
  ...extra,
});

export const offer = { monthlyRate: '0.0159', termMonths: 60, installment: '262.10', annualCet: '0.2107' };
export const requestFor = (originIspb: string, originContractNumber: string, cpf = '52998224725') => ({ originIspb, originContractNumber, cpf, offer });
