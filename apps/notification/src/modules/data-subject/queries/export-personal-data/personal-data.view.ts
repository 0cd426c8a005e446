import { type ErasureRecord, PersonalDataSection } from '@consignado/service-kit';
import type { CustomerContact } from '../../../contact/domain/customer-contact';
import type { PushSubscription } from '../../../contact/domain/push-subscription';
import type { NotificationWithDeliveries } from '../../../notification/database/notification.repository';
import type { StoredDelivery } from '../../../notification/domain/delivery';

/** What notification holds on a customer, personal data opened (null once erased). */
export interface HeldData {
  contact?: CustomerContact;
  notifications: NotificationWithDeliveries[];
  /** The customer's push devices (absent in sections built before they existed). */
  pushDevices?: Array<PushSubscription & { goneAt: Date | null }>;
  erasures: ErasureRecord[];
}

const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

const deliveryRecord = (d: StoredDelivery) => ({
  channel: d.channel,
  address: d.address,
  status: d.status,
  attempts: d.attempts,
  /** Only while it is still to be sent. */
  nextAttemptAt: d.status === 'PENDING' || d.status === 'RETRYING' ? iso(d.nextAttemptAt) : null,
  sentAt: iso(d.sentAt),
  lastError: d.lastError,
});

const notificationRecord = (n: NotificationWithDeliveries) => ({
  id: n.id,
  template: n.template,
  subject: n.subject,
  body: n.body,
  sourceEventId: n.sourceEventId,
  sourceEventType: n.sourceEventType,
  correlationId: n.correlationId,
  createdAt: iso(n.createdAt),
  deliveries: n.deliveries.map(deliveryRecord),
});

/** notification's section of a customer's export (LGPD art. 18 II): `contact`, `pushDevices` and `notifications` with their `deliveries`. */
export function personalDataSection(customerId: string, held: HeldData, now = new Date()): PersonalDataSection {
  const contact = held.contact ? [{ email: held.contact.email ?? null, phone: held.contact.phone ?? null, changedAt: held.contact.changedAt.toISOString() }] : [];
  const pushDevices = (held.pushDevices ?? []).map((d) => ({ id: d.id, endpoint: d.endpoint, createdAt: d.createdAt.toISOString(), goneAt: iso(d.goneAt) }));
  return PersonalDataSection.of('notification', customerId, { contact, pushDevices, notifications: held.notifications.map(notificationRecord) }, held.erasures, now);
}
