import {
  createEnvelope,
  dlqTopicFor,
  type EventEnvelope,
  mapPersonalData,
  type EventType,
  topicFor,
  validateEnvelope,
} from '@consignado/contracts';
import { FieldCipher } from '@consignado/core';
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

/**
 * The codec with personal data sealed on the wire (LGPD, R-SEC-3): the outbox and Kafka carry the
 * fields of PERSONAL_DATA_FIELDS sealed; a consumer opens them before validating, so handlers see
 * clear values. A clear value is accepted as it is, so producers not yet sealing (a rolling
 * deploy, a test publishing by hand) are still understood; an unreadable sealed one is invalid.
 */
export function withSealedPersonalData(codec: EnvelopeCodec<ContractEnvelopes>, cipher: FieldCipher): EnvelopeCodec<ContractEnvelopes> {
  const open = (value: unknown): unknown => {
    const candidate = value as { eventType?: unknown; payload?: unknown } | null;
    if (!candidate || typeof candidate !== 'object' || typeof candidate.eventType !== 'string') return value;
    try {
      return { ...candidate, payload: mapPersonalData(candidate.eventType, candidate.payload, (v, field) => (FieldCipher.isSealed(v) ? cipher.open(v, field) : v)) };
    } catch {
      return { ...candidate, payload: { unreadablePersonalData: true } };
    }
  };
  return {
    ...codec,
    validate: (value) => codec.validate(open(value)),
    wire: (envelope) => ({ ...envelope, payload: mapPersonalData(envelope.eventType, envelope.payload, (v, field) => cipher.seal(v, field)) }),
  };
}
