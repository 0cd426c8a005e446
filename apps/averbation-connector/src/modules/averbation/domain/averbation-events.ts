import type { PayloadOf } from '@consignado/contracts';
import type { AverbationState } from './averbation';

/** Events an averbation raises; the caller publishes them caused by its AverbationRequested. */
export type AverbationEvent =
  | { type: 'AverbationCompleted'; payload: PayloadOf<'AverbationCompleted'> }
  | { type: 'AverbationFailed'; payload: PayloadOf<'AverbationFailed'> };

export function completedEvent(state: Readonly<AverbationState>): AverbationEvent {
  const p = state.request.payload;
  if (!state.protocol || !state.registeredAt) throw new Error(`averbation ${state.id} registered without a protocol`);
  return {
    type: 'AverbationCompleted',
    payload: {
      contractId: p.contractId,
      proposalId: p.proposalId,
      customerId: p.customerId,
      averbationId: state.id,
      protocol: state.protocol,
      benefitNumber: p.benefitNumber,
      installmentAmount: p.installmentAmount,
      termMonths: p.termMonths,
      firstDueDate: p.firstDueDate,
      registeredAt: state.registeredAt,
    },
  };
}

export function failedEvent(
  state: Readonly<AverbationState>,
  failure: Pick<PayloadOf<'AverbationFailed'>, 'code' | 'message' | 'retryable' | 'lastAttemptAt'>,
): AverbationEvent {
  const p = state.request.payload;
  return { type: 'AverbationFailed', payload: { contractId: p.contractId, proposalId: p.proposalId, attempts: state.attempts, ...failure } };
}
