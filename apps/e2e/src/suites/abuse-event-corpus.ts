import { EVENT_TYPES, EVENTS, type EventType, type ServiceName } from '@consignado/contracts';
import { type Envelope, envelopeOf } from '../support/abuse-kafka';

export type DeadLetterReason = 'malformed' | 'invalid-envelope' | 'no-handler' | 'permanent-error' | 'retries-exhausted';

/** A message every consumer of the topic must dead-letter before any handler runs (attempts 0). */
export interface Malformed {
  family: string;
  value: (topicType: EventType) => string;
  /** The reasons the record may give (a type foreign to the topic: no handler, or refused as off-topic). */
  reasons: DeadLetterReason[];
}

const json = (e: Envelope): string => JSON.stringify(e);
const wrongTypes = (v: unknown): unknown =>
  typeof v === 'string' ? 12345 : typeof v === 'number' ? 'x' : typeof v === 'boolean' ? 'yes' : Array.isArray(v) ? 'x' : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wrongTypes(x)])) : v;

/** A catalogue event type that none of the topic's consumers handles. */
const foreignTo = (t: EventType): EventType | undefined => EVENT_TYPES.find((x) => x !== t && !EVENTS[x].consumers.some((c) => (EVENTS[t].consumers as readonly string[]).includes(c)));

export const MALFORMED: Malformed[] = [
  { family: 'not JSON', value: (t) => `abuse ${t} {not json`, reasons: ['malformed'] },
  { family: 'JSON array', value: (t) => JSON.stringify([envelopeOf(t)]), reasons: ['invalid-envelope'] },
  { family: 'JSON null', value: () => 'null', reasons: ['invalid-envelope'] },
  { family: 'no eventId', value: (t) => json({ ...envelopeOf(t), eventId: undefined }), reasons: ['invalid-envelope'] },
  { family: 'eventType of another topic', value: (t) => json(envelopeOf(foreignTo(t) ?? t)), reasons: ['no-handler', 'invalid-envelope'] },
  { family: 'unknown version', value: (t) => json({ ...envelopeOf(t), version: EVENTS[t].version + 1 }), reasons: ['invalid-envelope'] },
  { family: 'payload of wrong types', value: (t) => json({ ...envelopeOf(t), payload: wrongTypes(envelopeOf(t).payload) }), reasons: ['invalid-envelope'] },
  { family: 'payload missing fields', value: (t) => { const e = envelopeOf(t); return json({ ...e, payload: { [EVENTS[t].keyField]: e.aggregateId } }); }, reasons: ['invalid-envelope'] },
];

/** What one group must do with one message: dead-letter it (one of these reasons, after so many handler attempts), act on it and move on, or skip it (meant for another group). */
export type Expected = { dlq: DeadLetterReason[]; attempts: number } | 'ignored' | 'skipped';
const retried = (attempts: number): Expected => ({ dlq: ['retries-exhausted'], attempts });
const PROPOSAL_NOT_FOUND: Expected = { dlq: ['permanent-error'], attempts: 1 };

/**
 * A valid envelope naming a proposal, contract or portability that does not exist, sent to one
 * group (replay-target-group) where its handler has to find it: what the code does (read from
 * the handlers). Events a group does not look anything up for are left out: they create what
 * they name (ProposalCreated, CreditApproved at loan, ContractActivated at payment…), project it
 * (ContractPositionChanged, CustomerContactChanged) or remember it for a late sibling (a
 * cancellation before the analysis, a closed billing, a released hold, a payroll deduction);
 * notification logs a message for any customer id and looks nothing up.
 */
export const MISSING_AGGREGATE: Record<ServiceName, Partial<Record<EventType, Expected>>> = {
  proposal: Object.fromEntries(['MarginChecked', 'CreditApproved', 'CreditRejected', 'ContractIssued', 'AverbationRequested', 'AverbationFailed', 'ContractActivated', 'ContractCancelled', 'PortabilityBalanceReceived', 'PortabilityRequestFailed', 'PortabilityTransferRequested', 'PortabilityTransferCompleted', 'PortabilityTransferFailed'].map((t) => [t, PROPOSAL_NOT_FOUND])),
  'credit-analysis': { MarginChecked: retried(5), MarginCheckFailed: retried(5), PortabilityBalanceReceived: retried(5), PortabilityRequestFailed: retried(5) },
  loan: { ProposalAccepted: retried(8), AverbationCompleted: retried(8), AverbationFailed: retried(8), PaymentReceived: retried(8), PortabilityTransferCompleted: retried(8), PortabilityTransferFailed: retried(8) },
  'averbation-connector': {
    PortabilityTransferRequested: retried(5), PortabilityOutAnswered: retried(5), ContractCancelled: retried(5),
    ContractSettled: 'ignored', ContractAmended: 'ignored', ProposalCancelled: 'ignored', CreditRejected: 'ignored',
  },
  payment: { ContractAmended: retried(8), PortabilityOutFundsReceived: retried(8), CreditApproved: 'ignored' },
  notification: {},
};

/** An InstallmentDue that passes its schema but cannot become a message (OVERDUE without its charges). */
const overdueWithoutCharges = (): Envelope => {
  const e = envelopeOf('InstallmentDue');
  const payload = Object.fromEntries(Object.entries(e['payload']).filter(([field]) => !['daysLate', 'fine', 'mora'].includes(field)));
  return { ...e, payload: { ...payload, kind: 'OVERDUE' } };
};

/**
 * An envelope of a type the group handles, on another topic the group reads: the topic says what
 * it carries, so the group must refuse it unread (attempts 0). Each would fail in its handler
 * anyway (nothing it names exists), so a group that does run it writes nothing either.
 */
export const OFF_TOPIC: ReadonlyArray<{ service: ServiceName; topicOf: EventType; envelope: () => Envelope }> = [
  { service: 'proposal', topicOf: 'MarginChecked', envelope: () => envelopeOf('CreditRejected') },
  { service: 'credit-analysis', topicOf: 'MarginChecked', envelope: () => envelopeOf('MarginCheckFailed') },
  { service: 'loan', topicOf: 'PaymentReceived', envelope: () => envelopeOf('AverbationFailed') },
  { service: 'averbation-connector', topicOf: 'PortabilityTransferRequested', envelope: () => envelopeOf('PortabilityOutAnswered') },
  { service: 'payment', topicOf: 'ContractAmended', envelope: () => envelopeOf('PortabilityOutFundsReceived') },
  { service: 'notification', topicOf: 'PaymentReceived', envelope: overdueWithoutCharges },
];
