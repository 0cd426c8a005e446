import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { erasuresOf, type PersonalDataSection } from '@consignado/service-kit';
import { CONTACT_REPOSITORY, type ContactRepository } from '../../../contact/database/contact.repository';
import { PUSH_SUBSCRIPTIONS, type PushSubscriptions } from '../../../contact/database/push-subscription.repository';
import { NOTIFICATION_REPOSITORY, type NotificationRepository } from '../../../notification/database/notification.repository';
import { personalDataSection } from './personal-data.view';

/**
 * Everything notification holds on a customer (LGPD art. 18 II), opened: their contact, push devices, every
 * notification with its deliveries, and the erasures applied. Read in one REPEATABLE READ
 * transaction, so an erasure running meanwhile shows whole or not at all. An unknown customer → empty.
 */
@Injectable()
export class ExportPersonalDataQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    @Inject(NOTIFICATION_REPOSITORY) private readonly notifications: NotificationRepository,
    @Inject(PUSH_SUBSCRIPTIONS) private readonly devices: PushSubscriptions,
  ) {}

  execute(customerId: string): Promise<PersonalDataSection> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) =>
      personalDataSection(customerId, {
        contact: await this.contacts.find(manager, customerId),
        notifications: await this.notifications.listByCustomer(customerId, undefined, manager),
        pushDevices: await this.devices.list(customerId),
        erasures: await erasuresOf(manager, customerId),
      }),
    );
  }
}
