import { context, propagation, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { runInSpan } from '@consignado/core';

const tracer = trace.getTracer('@consignado/messaging');

/**
 * The active trace context as W3C headers (`traceparent`, `tracestate`), stored with the outbox
 * row so the relay publishes it with the event; empty when no trace is active or no SDK runs.
 */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  consumerGroup: string;
  eventId: string;
  eventType: string;
  /** The message's headers, where the producer's trace context travels. */
  headers: Record<string, string>;
}

/**
 * Runs `work` (the handler of one event) in a CONSUMER span, child of the trace context the event
 * carries, so what the handler emits continues the same trace. Ids and names only, never payload.
 */
export async function inConsumerSpan<T>(message: ConsumedMessage, attempt: number, work: () => Promise<T>): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, message.headers);
  const span = tracer.startSpan(
    `${message.eventType} process`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': message.topic,
        'messaging.destination.partition.id': String(message.partition),
        'messaging.kafka.offset': Number(message.offset),
        'messaging.consumer.group.name': message.consumerGroup,
        'messaging.message.id': message.eventId,
        'consignado.event_type': message.eventType,
        'consignado.attempt': attempt,
      },
    },
    parent,
  );
  return runInSpan(span, parent, work);
}
