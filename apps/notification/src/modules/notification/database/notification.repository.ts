import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { CHANNELS, type StoredDelivery } from '../domain/delivery';
import type { NewNotification, StoredNotification } from '../domain/notification';
import { toDelivery, toDeliveryRow } from './delivery.mapper';
import { DeliveryRow } from './delivery.orm-entity';
import { toNotification, toNotificationRow } from './notification.mapper';
import { NotificationRow } from './notification.orm-entity';

export const NOTIFICATION_REPOSITORY = Symbol('NOTIFICATION_REPOSITORY');

export type NotificationWithDeliveries = StoredNotification & { deliveries: StoredDelivery[] };

/** Port: notifications and their deliveries. */
export interface NotificationRepository {
  /** The notification and its deliveries, in the consumer's transaction (outbox-like). */
  add(manager: EntityManager, created: NewNotification): Promise<void>;
  /** A customer's notifications, oldest first (the first `limit`, or all), each with its deliveries (push, e-mail, SMS). */
  listByCustomer(customerId: string, limit?: number, manager?: EntityManager): Promise<NotificationWithDeliveries[]>;
}

@Injectable()
export class TypeOrmNotificationRepository implements NotificationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async add(manager: EntityManager, { notification, deliveries }: NewNotification): Promise<void> {
    await manager.getRepository(NotificationRow).insert(toNotificationRow(this.cipher, notification));
    await manager.getRepository(DeliveryRow).insert(deliveries.map((d) => ({ ...toDeliveryRow(this.cipher, d), leaseToken: null })));
  }

  async listByCustomer(customerId: string, limit?: number, manager: EntityManager = this.dataSource.manager): Promise<NotificationWithDeliveries[]> {
    const rows = await manager.getRepository(NotificationRow).find({ where: { customerId }, order: { createdAt: 'ASC', id: 'ASC' }, take: limit });
    if (rows.length === 0) return [];
    const deliveryRows = await manager.getRepository(DeliveryRow).findBy({ notificationId: In(rows.map((r) => r.id)) });
    const deliveries = deliveryRows.map((row) => toDelivery(this.cipher, row)).sort((a, b) => CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel));
    return rows.map((row) => ({ ...toNotification(this.cipher, row), deliveries: deliveries.filter((d) => d.notificationId === row.id) }));
  }
}
