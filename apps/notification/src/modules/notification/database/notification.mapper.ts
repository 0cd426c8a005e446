import type { FieldCipher } from '@consignado/core';
import type { Notification, StoredNotification } from '../domain/notification';
import type { NotificationTemplate } from '../domain/templates';
import type { NotificationRow } from './notification.orm-entity';

/**
 * Personal columns (LGPD, R-SEC-3): the rendered texts quote the customer's amounts, dates and
 * reasons, so subject and body are sealed whole; the column is the associated data.
 */
export const NOTIFICATION_SEALED = { subject: 'notification.subject', body: 'notification.body' } as const;

type NotificationColumns = Omit<NotificationRow, 'createdAt'> & { createdAt?: Date };

export function toNotificationRow(cipher: FieldCipher, notification: Notification): NotificationColumns {
  return {
    ...notification,
    subject: cipher.seal(notification.subject, NOTIFICATION_SEALED.subject),
    body: cipher.seal(notification.body, NOTIFICATION_SEALED.body),
  };
}

/** A stored notification; its texts are null once the customer's personal data was erased. */
export function toNotification(cipher: FieldCipher, row: NotificationColumns): StoredNotification {
  return {
    id: row.id,
    customerId: row.customerId,
    sourceEventId: row.sourceEventId,
    sourceEventType: row.sourceEventType,
    correlationId: row.correlationId,
    template: row.template as NotificationTemplate,
    subject: row.subject === null ? null : openSubject(cipher, row.subject),
    body: row.body === null ? null : openBody(cipher, row.body),
    createdAt: row.createdAt,
  };
}

export const openSubject = (cipher: FieldCipher, stored: string): string => cipher.open(stored, NOTIFICATION_SEALED.subject);
export const openBody = (cipher: FieldCipher, stored: string): string => cipher.open(stored, NOTIFICATION_SEALED.body);
