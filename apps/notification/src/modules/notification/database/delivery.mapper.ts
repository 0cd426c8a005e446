import type { FieldCipher } from '@consignado/core';
import type { Channel, Delivery, DeliveryStatus } from '../domain/delivery';
import type { DeliveryRow } from './delivery.orm-entity';

type DeliveryColumns = Omit<DeliveryRow, 'leaseToken' | 'createdAt'>;

/** The address (customer id, e-mail or phone) is personal data (R-SEC-3): sealed, the column as associated data. */
export const DELIVERY_SEALED = { address: 'notification_delivery.address' } as const;

export function toDelivery(cipher: FieldCipher, row: DeliveryColumns): Delivery {
  return {
    id: row.id,
    notificationId: row.notificationId,
    channel: row.channel as Channel,
    address: cipher.open(row.address, DELIVERY_SEALED.address),
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    sentAt: row.sentAt,
  };
}

export function toDeliveryRow(cipher: FieldCipher, delivery: Delivery): DeliveryColumns {
  return { ...delivery, address: cipher.seal(delivery.address, DELIVERY_SEALED.address) };
}

/** What an attempt changes: everything but the address, which never does (so it is not sealed again). */
export function toOutcomeColumns(delivery: Delivery): Omit<DeliveryColumns, 'id' | 'address' | 'notificationId' | 'channel'> {
  return { status: delivery.status, attempts: delivery.attempts, nextAttemptAt: delivery.nextAttemptAt, lastError: delivery.lastError, sentAt: delivery.sentAt };
}
