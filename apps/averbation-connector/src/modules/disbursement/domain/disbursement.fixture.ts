import { createEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';
import type { RailTransfer } from '../../rail/rail.types';
import { RetryPolicy } from '../../jobs/domain/retry-policy';
import { Disbursement, type DisbursementPace, type RailCallOutcome } from './disbursement';

export const NOW = new Date('2025-02-10T13:20:10.000Z');
export const ID = examplePayload('FundsReleaseRequested').disbursementId;
export const E2E = 'E99000001202502101320aB3dE5fG7hJ';

/** As RAIL_RETRY with 3 attempts: base 1 s, capped at 8 s; polls every 2 s; the check waits 10 s. */
export const pace: DisbursementPace = { policy: new RetryPolicy(3, 1_000, 8_000), pollIntervalMs: 2_000, checkDelayMs: 10_000 };

export const requestOf = (change: Partial<PayloadOf<'FundsReleaseRequested'>> = {}) =>
  createEnvelope('FundsReleaseRequested', { payload: { ...examplePayload('FundsReleaseRequested'), ...change } });

export const requested = (change: Partial<PayloadOf<'FundsReleaseRequested'>> = {}): Disbursement => {
  const disbursement = Disbursement.requested(requestOf(change), NOW);
  if (!disbursement.ok) throw disbursement.error;
  return disbursement.value;
};

const at = { transferId: ID };
export const pending: RailCallOutcome = { ok: true, value: { ...at, status: 'PENDING' } };
export const settled = (change: Partial<RailTransfer> = {}): RailCallOutcome => ({ ok: true, value: { ...at, status: 'SETTLED', endToEndId: E2E, settledAt: '2025-02-10T13:20:11.000Z', ...change } });
export const rejected: RailCallOutcome = {
  ok: true,
  value: { ...at, status: 'REJECTED', reason: 'ACCOUNT_CLOSED', message: 'A conta de destino está encerrada.', rejectedAt: '2025-02-10T13:20:11.000Z' },
};
export const failed = (kind: 'TRANSIENT' | 'REFUSED', code: string, status?: number): RailCallOutcome => ({ ok: false, failure: { kind, code, message: `falhou: ${code}`, ...(status ? { status } : {}) } });

export const later = (ms: number): Date => new Date(NOW.getTime() + ms);
