import type { EventEnvelope, PayloadOf } from '@consignado/contracts';

/** The events the proposal follows to keep its state true (R-PR-2; `eventsConsumedBy('proposal')`). */
export const CONSUMED_EVENT_TYPES = [
  'PortabilityBalanceReceived',
  'PortabilityRequestFailed',
  'MarginChecked',
  'CreditApproved',
  'CreditRejected',
  'ContractIssued',
  'PortabilityTransferRequested',
  'PortabilityTransferCompleted',
  'PortabilityTransferFailed',
  'AverbationRequested',
  'AverbationFailed',
  'ContractActivated',
  'ContractCancelled',
] as const;
export type ConsumedEventType = (typeof CONSUMED_EVENT_TYPES)[number];

/** A consumed event as the aggregate sees it: its type, payload and when it happened. */
export type ConsumedEvent = { [T in ConsumedEventType]: { readonly type: T; readonly payload: PayloadOf<T>; readonly occurredAt: string } }[ConsumedEventType];

/** What applying an event did: moved the state (or kept it, with the event's data recorded), or nothing because it was stale. */
export type EventOutcome = 'APPLIED' | 'STALE';

/**
 * A RENEGOTIATION contract's activation (R-LN-8, the workout of a late contract) names the replaced
 * contract's proposal but is no step of it: nobody proposed it, so no proposal goes CONTRACTED
 * again, no commission is earned and nothing is recorded — it is consumed and left.
 */
export const followsNoProposal = (envelope: EventEnvelope<ConsumedEventType>): boolean =>
  envelope.eventType === 'ContractActivated' && envelope.payload.operationType === 'RENEGOTIATION';
