import type { KafkaMessage } from 'kafkajs';
import type { EnvelopeLike, EnvelopeValidation } from '../envelope';
import type { DeadLetterReason } from '../dlq/dead-letter';
import { decodeHeaders, HEADER } from '../kafka/headers';

/** What the consumer does with one message, decided before any database work. */
export type Decoded<E extends EnvelopeLike> =
  | { kind: 'event'; envelope: E }
  | { kind: 'dead'; reason: Extract<DeadLetterReason, 'malformed' | 'invalid-envelope' | 'no-handler'>; error: Error; envelope?: E }
  | { kind: 'skip'; why: string };

/** Decoding rules for one consumer group. */
export interface DecodeRules<E extends EnvelopeLike> {
  consumerGroup: string;
  validate(value: unknown): EnvelopeValidation<E>;
  hasHandler(eventType: string): boolean;
  /** Event types this group deliberately does not act on (declared, so never silent by accident). */
  ignored: ReadonlySet<string>;
  /**
   * The topic the codec routes an event type to (`codec.topicFor`). With it, and the topic the
   * message was read from, an envelope of a type this group knows (handled or ignored) that sits on
   * another topic is refused as `invalid-envelope`: the topic says what it carries.
   */
  topicFor?(eventType: string): string;
}

/**
 * Classifies a message: an event to handle, a dead letter (not JSON, not a valid envelope, a known
 * type on a topic that does not carry it, or no handler — retrying cannot fix any of these), or a
 * deliberate skip (a declared ignored type, or a replayed copy meant for another consumer group).
 * `topic` is the topic the message was read from (a replayed dead letter is republished to its
 * original topic, so it is checked like the original).
 */
export function decodeMessage<E extends EnvelopeLike>(message: KafkaMessage, rules: DecodeRules<E>, topic?: string): Decoded<E> {
  const target = decodeHeaders(message.headers)[HEADER.replayTargetGroup];
  if (target !== undefined && target !== rules.consumerGroup) {
    return { kind: 'skip', why: `replayed for consumer group ${target}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch (error) {
    return { kind: 'dead', reason: 'malformed', error: new Error(`value is not JSON: ${(error as Error).message}`) };
  }
  const result = rules.validate(value);
  if (!result.ok) {
    return { kind: 'dead', reason: 'invalid-envelope', error: new Error(`invalid envelope: ${result.errors.join('; ')}`) };
  }
  const envelope = result.envelope;
  const handled = rules.hasHandler(envelope.eventType);
  if ((handled || rules.ignored.has(envelope.eventType)) && topic !== undefined && rules.topicFor) {
    const expected = expectedTopic(rules, envelope.eventType);
    if (expected !== topic) {
      return {
        kind: 'dead',
        reason: 'invalid-envelope',
        error: new Error(`${envelope.eventType} read from topic ${topic}; it belongs on ${expected ?? 'no known topic'}`),
        envelope,
      };
    }
  }
  if (handled) return { kind: 'event', envelope };
  if (rules.ignored.has(envelope.eventType)) return { kind: 'skip', why: `ignored event type ${envelope.eventType}` };
  return {
    kind: 'dead',
    reason: 'no-handler',
    error: new Error(`no handler for ${envelope.eventType} in consumer group ${rules.consumerGroup}`),
    envelope,
  };
}

function expectedTopic<E extends EnvelopeLike>(rules: DecodeRules<E>, eventType: string): string | undefined {
  try {
    return rules.topicFor?.(eventType);
  } catch {
    return undefined;
  }
}
