import type { PayloadOf } from '@consignado/contracts';

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
