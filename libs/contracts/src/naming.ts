/**
 * Topic naming, decided once (STYLE "Events and Kafka"):
 * - one topic per event type and schema version: `consignado.<kebab-case-event>.v<version>`,
 *   e.g. `consignado.proposal-created.v1`; a breaking payload change gets a new topic;
 * - one dead-letter topic per consumer group: `consignado.dlq.<consumer-group>`;
 * - every topic has TOPIC_PARTITIONS partitions and messages are keyed by aggregateId (R-EV-4).
 */
export const TOPIC_PREFIX = 'consignado';
export const TOPIC_PARTITIONS = 3;

/** `ProposalCreated` → `proposal-created`. */
export function kebabCase(pascal: string): string {
  return pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function eventTopicName(eventType: string, version: number): string {
  return `${TOPIC_PREFIX}.${kebabCase(eventType)}.v${version}`;
}

export function dlqTopicFor(consumerGroup: string): string {
  return `${TOPIC_PREFIX}.dlq.${consumerGroup}`;
}
