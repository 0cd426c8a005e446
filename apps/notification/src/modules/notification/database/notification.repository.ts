import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Notification } from '../domain/notification';
import type { NotificationTemplate } from '../domain/templates';
import { NotificationRow } from './notification.orm-entity';

export const NOTIFICATION_REPOSITORY = Symbol('NOTIFICATION_REPOSITORY');

/** Port: where notifications are kept. */
export interface NotificationRepository {
  add(manager: EntityManager, notification: Notification): Promise<void>;
  listByCustomer(customerId: string, limit: number): Promise<Notification[]>;
}

@Injectable()
export class TypeOrmNotificationRepository implements NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(manager: EntityManager, notification: Notification): Promise<void> {
    await manager.getRepository(NotificationRow).insert(notification);
  }

  async listByCustomer(customerId: string, limit: number): Promise<Notification[]> {
    const rows = await this.dataSource.getRepository(NotificationRow).find({ where: { customerId }, order: { createdAt: 'ASC' }, take: limit });
    return rows.map((row) => ({ ...row, template: row.template as NotificationTemplate, status: 'STORED' }));
  }
}
