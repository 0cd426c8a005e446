import { ok, type Result } from '@consignado/core';
import type { CtcError } from '../ctc-error';
import { type Move, NOOP, type PortabilityState } from '../portability-state';
import type { CancellationReason, Role } from '../rejection-reason';
import { onlyBy, refused } from './guards';

/** The destination withdraws, only until the settlement (the transfer). Cancelling twice is one cancellation. */
export function decideCancellation(state: PortabilityState, by: Role, reason: CancellationReason, at: Date, detail?: string): Result<Move, CtcError> {
  const wrongSide = onlyBy('DESTINATION', by, 'cancelar');
  if (wrongSide) return wrongSide;
  if (state.status === 'CANCELLED') return ok(NOOP);
  if (!['RECEIVED', 'PENDING', 'ACCEPTED_SETTLEMENT_IN_PROGRESS'].includes(state.status)) return refused(state, 'cancelar');
  return ok({ kind: 'TRANSITION', to: 'CANCELLED', patch: { closure: { kind: 'CANCELLED', reason, by, at, ...(detail ? { detail } : {}) } } });
}
