import { contentHash } from '@consignado/core';

export { IDEMPOTENCY_KEY } from '@consignado/service-kit';

/**
 * Fingerprint of a request body (R-PR-7): SHA-256 of its canonical JSON — object keys sorted at
 * every depth, array order kept — so the same content in another key order is the same request.
 */
export function requestFingerprint(body: unknown): string {
  return contentHash(body);
}

/** What a first request answered, replayed to its retries. */
export interface StoredResponse {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: unknown;
}

export type IdempotencyVerdict = { kind: 'REPLAY'; status: number; body: unknown } | { kind: 'CONFLICT' };

/** Same key: same fingerprint replays the first answer; another body is a conflict. */
export function judgeRetry(stored: StoredResponse, fingerprint: string): IdempotencyVerdict {
  return stored.fingerprint === fingerprint ? { kind: 'REPLAY', status: stored.status, body: stored.body } : { kind: 'CONFLICT' };
}
