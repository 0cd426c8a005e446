import type { Channel, Delivery, DeliveryStatus } from '../domain/delivery';
import type { DeliveryRow } from './delivery.orm-entity';

type DeliveryColumns = Omit<DeliveryRow, 'leaseToken' | 'createdAt'>;

export function toDelivery(row: DeliveryColumns): Delivery {
  return {
    id: row.id,
    notificationId: row.notificationId,
    channel: row.channel as Channel,
    address: row.address,
    status: row.status as DeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    sentAt: row.sentAt,
  };
}

export function toDeliveryRow(delivery: Delivery): DeliveryColumns {
  return { ...delivery };
}
