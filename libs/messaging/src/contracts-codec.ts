import {
  createEnvelope,
  dlqTopicFor,
  type EventEnvelope,
  type EventType,
  topicFor,
  validateEnvelope,
} from '@consignado/contracts';
import type { EnvelopeCodec } from './envelope';

/** The platform's catalogue as an envelope map: `{ ProposalCreated: EventEnvelope<'ProposalCreated'>, … }`. */
export type ContractEnvelopes = { [T in EventType]: EventEnvelope<T> };

/**
 * The codec every service uses: validation, topics and envelope creation from
 * `@consignado/contracts` (R-EV-1, R-EV-3, R-EV-4).
 */
export const contractsCodec: EnvelopeCodec<ContractEnvelopes> = {
  validate: (value) => validateEnvelope(value),
  topicFor: (eventType) => topicFor(eventType),
  // EventEnvelope<K> is ContractEnvelopes[K]; TypeScript cannot see it through the generic index.
  create: (eventType, input, cause) => createEnvelope(eventType, input, cause) as ContractEnvelopes[typeof eventType],
};

/**
 * The contracts codec publishing to other topics (per-run topics in integration tests, a
 * staging prefix…); validation and envelope creation are unchanged.
 */
export function codecWithTopics(topicOf: (eventType: EventType) => string): EnvelopeCodec<ContractEnvelopes> {
  return { ...contractsCodec, topicFor: topicOf };
}

export { dlqTopicFor };
