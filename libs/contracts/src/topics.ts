import { EVENT_TYPES, EVENTS, type EventType } from './catalog';
import { dlqTopicFor, TOPIC_PARTITIONS } from './naming';
import { CONSUMER_GROUPS, SERVICES, type ServiceName } from './services';

/** The topic that carries `eventType` at its current version: `consignado.<kebab-event>.v<n>`. */
export function topicFor(eventType: EventType): string {
  return EVENTS[eventType].topic;
}

/**
 * Topic and consumer group under an optional namespace (`<ns>.consignado.proposal-created.v1`,
 * `<ns>.loan`): isolates a test run or a second stack on a shared broker. Without a namespace
 * they are the catalogue's names.
 */
export function namespacedTopicFor(eventType: EventType, namespace?: string): string {
  return namespace ? `${namespace}.${topicFor(eventType)}` : topicFor(eventType);
}

export function consumerGroupFor(service: ServiceName, namespace?: string): string {
  return namespace ? `${namespace}.${CONSUMER_GROUPS[service]}` : CONSUMER_GROUPS[service];
}

/** A topic to create before the services start (infra scripts, integration tests). */
export interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
  readonly kind: 'event' | 'dlq';
  /** For kind 'event'. */
  readonly eventType?: EventType;
  /** For kind 'dlq'. */
  readonly consumerGroup?: string;
}

/** Every event topic, then the dead-letter topic of every consumer group (R-EV-5). */
export const ALL_TOPICS: readonly TopicSpec[] = [
  ...EVENT_TYPES.map((eventType): TopicSpec => ({
    name: topicFor(eventType),
    partitions: TOPIC_PARTITIONS,
    kind: 'event',
    eventType,
  })),
  ...SERVICES.map((service): TopicSpec => ({
    name: dlqTopicFor(CONSUMER_GROUPS[service]),
    partitions: TOPIC_PARTITIONS,
    kind: 'dlq',
    consumerGroup: CONSUMER_GROUPS[service],
  })),
];

/** Event types `service` subscribes to, in catalogue order. */
export function eventsConsumedBy(service: ServiceName): EventType[] {
  return EVENT_TYPES.filter((t) => (EVENTS[t].consumers as readonly ServiceName[]).includes(service));
}

/** Event types `service` produces, in catalogue order. */
export function eventsProducedBy(service: ServiceName): EventType[] {
  return EVENT_TYPES.filter((t) => EVENTS[t].producer === service);
}
