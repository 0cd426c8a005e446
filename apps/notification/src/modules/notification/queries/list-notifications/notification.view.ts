import type { NotificationWithDeliveries } from '../../database/notification.repository';
import type { Channel, DeliveryStatus } from '../../domain/delivery';
import type { NotificationTemplate } from '../../domain/templates';

/** A delivery as the customer's log shows it: never the address. */
export interface DeliveryView {
  channel: Channel;
  status: DeliveryStatus;
  attempts: number;
  sentAt: string | null;
  lastError: string | null;
}

export interface NotificationView {
  id: string;
  customerId: string;
  template: NotificationTemplate;
  /** null once the customer's personal data was erased (LGPD). */
  subject: string | null;
  body: string | null;
  sourceEventId: string;
  sourceEventType: string;
  correlationId: string;
  createdAt: string;
  deliveries: DeliveryView[];
}

export function toNotificationView(n: NotificationWithDeliveries): NotificationView {
  return {
    id: n.id,
    customerId: n.customerId,
    template: n.template,
    subject: n.subject,
    body: n.body,
    sourceEventId: n.sourceEventId,
    sourceEventType: n.sourceEventType,
    correlationId: n.correlationId,
    createdAt: (n.createdAt ?? new Date(0)).toISOString(),
    deliveries: n.deliveries.map((d) => ({ channel: d.channel, status: d.status, attempts: d.attempts, sentAt: d.sentAt?.toISOString() ?? null, lastError: d.lastError })),
  };
}
