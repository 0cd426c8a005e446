import type { EntityManager } from 'typeorm';
import { createEnvelope, type EventEnvelope, type EventType } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';

/** A consumer context whose `emit` builds and validates the envelope exactly as the outbox would. */
export function fakeContext(cause: EventEnvelope): EventContext & { emitted: EventEnvelope[] } {
  const emitted: EventEnvelope[] = [];
  const emit = async (eventType: EventType, input: Parameters<EventContext['emit']>[1]) => {
    const envelope = createEnvelope(eventType, input as Parameters<typeof createEnvelope>[1], cause);
    emitted.push(envelope);
    return envelope;
  };
  return { manager: {} as EntityManager, consumerGroup: 'credit-analysis', topic: 't', partition: 0, offset: '0', attempt: 1, emit: emit as EventContext['emit'], emitted };
}
