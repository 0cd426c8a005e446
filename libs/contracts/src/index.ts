/**
 * @consignado/contracts — the one shared source of ConsignadoHub's domain events (R-EV-1..5):
 * names, payload types and JSON schemas (one TypeBox definition each), the catalogue with topics,
 * producers and consumers, validation, the envelope builder and the AsyncAPI document.
 */
export { EVENTS, EVENT_TYPES, isEventType } from './catalog';
export type { AggregateType, EventCatalog, EventDefinition, EventType, KeyField } from './catalog';
export { EventMetadataSchema, GenericEnvelopeSchema, envelopeSchemaFor } from './envelope';
export type { EventEnvelope, EventMetadata, PayloadOf } from './envelope';
export { createEnvelope } from './create-envelope';
export type { CreateEnvelopeInput } from './create-envelope';
export { validateEnvelope, assertValidEnvelope, InvalidEventError, INVALID_EVENT } from './validation/validate';
export type { ValidationResult } from './validation/validate';
export { topicFor, ALL_TOPICS, consumerGroupFor, eventsConsumedBy, eventsProducedBy, namespacedTopicFor } from './topics';
export type { TopicSpec } from './topics';
export { TOPIC_PREFIX, TOPIC_PARTITIONS, dlqTopicFor, kebabCase } from './naming';
export { SERVICES, CONSUMER_GROUPS } from './services';
export type { ServiceName } from './services';
export { generateAsyncApi, renderAsyncApiYaml } from './docs/asyncapi';
export type { AsyncApiDocument, AsyncApiOperation } from './docs/asyncapi';
export * from './schema/primitives';
export * from './schema/domain';
export * from './schema/life-cycle';
export * from './schema/workout';
export * from './schema/payout';
export * from './schema/personalization';
export { LoanTerms } from './schema/loan-terms';
export * from './events';
export { examplePayload } from './examples';
export { mapPersonalData, PERSONAL_DATA_FIELDS } from './personal-data';
