import type { Producer } from 'kafkajs';
import { consumerGroupFor, EVENT_TYPES, EVENTS, type EventType, namespacedTopicFor, type ServiceName, TOPIC_PARTITIONS } from '@consignado/contracts';
import { HEADER } from '@consignado/messaging';
import { envelopeOf, place, type Placed } from '../support/abuse-kafka';
import { type Expected, MALFORMED, MISSING_AGGREGATE, OFF_TOPIC } from './abuse-event-corpus';

export interface Sent {
  placed: Placed;
  family: string;
  /** The topic's event type. */
  eventType: EventType;
  /** What the case sent, when the family does not say (the envelope's own type). */
  note?: string;
  expected: Partial<Record<ServiceName, Expected>>;
}

const consumersOf = (t: EventType): ServiceName[] => [...EVENTS[t].consumers];

/**
 * Publishes, one group at a time (replay-target-group: the others skip it), valid envelopes about
 * aggregates that do not exist and envelopes of a handled type on another of the group's topics —
 * first, as the retried ones take longest — then the malformed-event corpus on every consumed
 * topic of the namespace, which every consumer of the topic must dead-letter unread.
 */
export async function publishEventCorpus(producer: Producer, namespace: string): Promise<Sent[]> {
  const sent: Sent[] = [];
  // Round robin per topic: two messages a group retries for seconds never share a partition.
  const next = new Map<EventType, number>();
  const put = async (t: EventType, family: string, value: string, expected: Sent['expected'], target?: ServiceName, note?: string) => {
    const headers = target ? { [HEADER.replayTargetGroup]: consumerGroupFor(target, namespace) } : undefined;
    const n = next.get(t) ?? 0;
    next.set(t, n + 1);
    sent.push({ placed: await place(producer, namespacedTopicFor(t, namespace), n % TOPIC_PARTITIONS, value, headers), family, eventType: t, expected, note });
  };
  const only = (t: EventType, target: ServiceName, expected: Expected): Sent['expected'] =>
    Object.fromEntries(consumersOf(t).map((s) => [s, s === target ? expected : 'skipped']));
  for (const [service, outcomes] of Object.entries(MISSING_AGGREGATE) as Array<[ServiceName, Partial<Record<EventType, Expected>>]>) {
    for (const [t, outcome] of Object.entries(outcomes) as Array<[EventType, Expected]>) await put(t, 'aggregate does not exist', JSON.stringify(envelopeOf(t)), only(t, service, outcome), service);
  }
  for (const o of OFF_TOPIC) {
    const envelope = o.envelope();
    await put(o.topicOf, 'handled type, wrong topic', JSON.stringify(envelope), only(o.topicOf, o.service, { dlq: ['invalid-envelope', 'no-handler'], attempts: 0 }), o.service, `a ${envelope['eventType']}`);
  }
  for (const t of EVENT_TYPES.filter((type) => consumersOf(type).length > 0)) {
    for (const m of MALFORMED) await put(t, m.family, m.value(t), Object.fromEntries(consumersOf(t).map((s) => [s, { dlq: m.reasons, attempts: 0 }])));
  }
  return sent;
}

/**
 * A message over 1 MB on ContractCancelled's topic: every consumer must dead-letter it if the
 * broker takes it; the local broker (default message.max.bytes) refuses it, and the case is a note.
 */
export async function overOneMegabyte(producer: Producer, namespace: string): Promise<Sent | string> {
  const topic = namespacedTopicFor('ContractCancelled', namespace);
  try {
    const placed = await place(producer, topic, 0, `abuse ${'x'.repeat(1_048_577)}`);
    return { placed, family: 'over 1 MB', eventType: 'ContractCancelled', expected: Object.fromEntries(consumersOf('ContractCancelled').map((s) => [s, { dlq: ['malformed'], attempts: 0 }])) };
  } catch (error) {
    return `over 1 MB: skipped, the broker refuses it (${(error as Error).message})`;
  }
}

/**
 * A message well under the broker's limit (300 kB, not JSON) whose dead-letter record is not:
 * its 300 000 control characters are escaped to six bytes each in the record's JSON. It must be
 * dead-lettered all the same, not retried forever.
 */
export async function escapedPastTheLimit(producer: Producer, namespace: string): Promise<Sent> {
  const value = `abuse ["${'\u0001'.repeat(300_000)}"]`;
  const placed = await place(producer, namespacedTopicFor('ContractCancelled', namespace), 1, value);
  return { placed, family: 'record over the limit once escaped', eventType: 'ContractCancelled', expected: Object.fromEntries(consumersOf('ContractCancelled').map((s) => [s, { dlq: ['malformed'], attempts: 0 }])) };
}
