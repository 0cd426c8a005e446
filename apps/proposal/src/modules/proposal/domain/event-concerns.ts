import type { ConsumedEvent } from './consumed-event';
import { EventMismatchError } from './proposal.errors';
import type { ProposalProps } from './proposal-props';

const PORTABILITY_EVENTS: ReadonlySet<string> = new Set([
  'PortabilityBalanceReceived',
  'PortabilityRequestFailed',
  'PortabilityTransferRequested',
  'PortabilityTransferCompleted',
  'PortabilityTransferFailed',
]);

/** The exchange's portability number (NU) an event names, wherever its payload carries it. */
function portabilityNumberOf(event: ConsumedEvent): string | undefined {
  if (event.type === 'PortabilityBalanceReceived') return event.payload.terms.portabilityNumber;
  if (event.type === 'CreditApproved') return event.payload.portability?.portabilityNumber;
  return (event.payload as { portabilityNumber?: string }).portabilityNumber;
}

/**
 * An event that contradicts the proposal it names is never applied (dead-lettered, or kept
 * parked for an operator): another customer, another contract than the one learnt, another
 * operation type, a portability event for a proposal that is no portability, another NU than the
 * one the exchange gave this portability.
 */
export function assertConcerns(event: ConsumedEvent, p: ProposalProps): void {
  const payload = event.payload as { customerId?: string; contractId?: string; operationType?: string };
  if (payload.customerId !== undefined && payload.customerId !== p.customerId) throw new EventMismatchError(event.type, 'customerId');
  if (p.contractId && payload.contractId !== undefined && payload.contractId !== p.contractId) throw new EventMismatchError(event.type, 'contractId');
  if (payload.operationType !== undefined && payload.operationType !== p.request.operationType) throw new EventMismatchError(event.type, 'operationType');
  if (PORTABILITY_EVENTS.has(event.type) && p.request.operationType !== 'PORTABILITY') throw new EventMismatchError(event.type, 'operationType');
  const known = p.portabilityProgress?.portabilityNumber;
  const named = portabilityNumberOf(event);
  if (known && named && named !== known) throw new EventMismatchError(event.type, 'portabilityNumber');
}
