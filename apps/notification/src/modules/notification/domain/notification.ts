import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@consignado/contracts';
import type { RenderedMessage } from './templates';

/** A message for one customer, caused by one event. Delivery adapters come with R-NT-1's servicing work. */
export interface Notification extends RenderedMessage {
  id: string;
  customerId: string;
  sourceEventId: string;
  sourceEventType: string;
  correlationId: string;
  status: 'STORED';
  createdAt?: Date;
}

export function notificationFor(customerId: string, event: EventEnvelope, message: RenderedMessage): Notification {
  return {
    id: randomUUID(),
    customerId,
    sourceEventId: event.eventId,
    sourceEventType: event.eventType,
    correlationId: event.metadata.correlationId,
    status: 'STORED',
    ...message,
  };
}
