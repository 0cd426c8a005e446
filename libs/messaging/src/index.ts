/**
 * @consignado/messaging — transactional outbox, relay, idempotent consumer with dead-letter topic
 * and replay, on kafkajs (R-EV-4, R-EV-5). See README.md for usage and guarantees.
 */
export type { AnyEnvelope, EmitInput, EnvelopeCodec, EnvelopeLike, EnvelopeMap, EnvelopeValidation } from './envelope';
export { contractsCodec, codecWithTopics, dlqTopicFor, type ContractEnvelopes, withSealedPersonalData } from './contracts-codec';
export { messagingMigrations, CreateOutbox1795375600000, CreateInbox1795375600001 } from './migrations';
export {
  OutboxWriter,
  InvalidEnvelopeError,
  OutboxTransactionRequiredError,
  OUTBOX_CHANNEL,
  type OutboxWriterOptions,
} from './outbox/outbox-writer';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay';
export { PgListener } from './pg-listener';
export { purgeProcessed, type PurgeOptions } from './maintenance';
export { IdempotentConsumer, type IdempotentConsumerOptions } from './consumer/idempotent-consumer';
export type { EventHandler, HandlerContext, ProcessedEvent, RetryPolicy } from './consumer/types';
export { PermanentError } from './errors';
export {
  buildDeadLetter,
  type DeadLetterRecord,
  type DeadLetterReason,
  type OriginalMessage,
  UNREPLAYABLE_REASONS,
} from './dlq/dead-letter';
export { DLQ_HEADER } from './dlq/dead-letter-publisher';
export { replayDeadLetters, type ReplayOptions, type ReplayReport } from './dlq/replay';
export { createKafka, type CreateKafkaOptions } from './kafka/client';
export { createReliableProducer } from './kafka/producer';
export { ensureTopics, type EnsureTopicsOptions, type TopicSpec } from './kafka/topics';
export { HEADER } from './kafka/headers';
export { jsonLogger, silentLogger, type Logger, type LogFields, type LogLevel } from './logger';
