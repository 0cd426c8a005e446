import type { FieldCipher } from '@consignado/core';
import type { Channel, Delivery, DeliveryStatus, StoredDelivery } from '../domain/delivery';
import type { DeliveryRow } from './delivery.orm-entity';

type DeliveryColumns = Omit<DeliveryRow, 'leaseToken' | 'createdAt'>;

/**
 * Personal columns (R-SEC-3), sealed with the column as associated data: the address (customer id,
 * e-mail or phone), and the last error — masked, but a provider's error may still quote the recipient.
 */
export const DELIVERY_SEALED = { address: 'notification_delivery.address', lastError: 'notification_delivery.last_error' } as const;

const sealed = (cipher: FieldCipher, value: string | null, field: string): string | null => (value === null ? null : cipher.seal(value, field));
const opened = (cipher: FieldCipher, value: string | null, field: string): string | null => (value === null ? null : cipher.open(value, field));

/** A delivery as stored; address and last error are null once the customer's data was erased. */
export function toDelivery(cipher: FieldCipher, row: DeliveryColumns): StoredDelivery {
  return {
    id: row.id,
    notificationId: row.notificationId,
    channel: row.channel as Channel,
    address: opened(cipher, row.address, DELIVERY_SEALED.address),
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: opened(cipher, row.lastError, DELIVERY_SEALED.lastError),
    sentAt: row.sentAt,
  };
}

/** A delivery the worker holds: PENDING or RETRYING, which the database never lets lose its address. */
export function toDueDelivery(cipher: FieldCipher, row: DeliveryColumns): Delivery {
  const { address, ...delivery } = toDelivery(cipher, row);
  if (address === null) throw new Error(`delivery ${row.id} is due but has no address`);
  return { ...delivery, address };
}

export function toDeliveryRow(cipher: FieldCipher, delivery: Delivery): DeliveryColumns {
  return { ...delivery, address: cipher.seal(delivery.address, DELIVERY_SEALED.address), lastError: sealed(cipher, delivery.lastError, DELIVERY_SEALED.lastError) };
}

/** What an attempt changes: everything but the address, which never does (so it is not sealed again). */
export function toOutcomeColumns(cipher: FieldCipher, delivery: Delivery): Omit<DeliveryColumns, 'id' | 'address' | 'notificationId' | 'channel'> {
  const { status, attempts, nextAttemptAt, sentAt } = delivery;
  return { status, attempts, nextAttemptAt, sentAt, lastError: sealed(cipher, delivery.lastError, DELIVERY_SEALED.lastError) };
}
