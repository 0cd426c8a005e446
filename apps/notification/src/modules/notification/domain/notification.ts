import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@consignado/contracts';
import { type ContactAddresses, type Delivery, newDelivery, recipientsFor } from './delivery';
import type { RenderedMessage } from './templates';

/** A message for one customer, caused by one event, delivered on one or more channels. */
export interface Notification extends RenderedMessage {
  id: string;
  customerId: string;
  sourceEventId: string;
  sourceEventType: string;
  correlationId: string;
  createdAt?: Date;
}

/** A notification as stored: its texts are gone (null) once the customer's personal data was erased. */
export type StoredNotification = Omit<Notification, 'subject' | 'body'> & { subject: string | null; body: string | null };

/** A new notification and its deliveries, due at once, on the channels the contact allows. */
export interface NewNotification {
  notification: Notification;
  deliveries: Delivery[];
}

/**
 * The channels are fixed when the notification is created: a contact or device that arrives later
 * serves later notifications only. With none, the notification is kept in the log unsent.
 */
export function notificationFor(customerId: string, event: EventEnvelope, message: RenderedMessage, contact: ContactAddresses | undefined, now: Date): NewNotification {
  const notification: Notification = {
    id: randomUUID(),
    customerId,
    sourceEventId: event.eventId,
    sourceEventType: event.eventType,
    correlationId: event.metadata.correlationId,
    ...message,
  };
  return { notification, deliveries: recipientsFor(contact).map((r) => newDelivery(notification.id, r, now)) };
}
