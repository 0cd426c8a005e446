import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { CONTACT_REPOSITORY, type ContactRepository } from '../../../contact/database/contact.repository';
import { PUSH_SUBSCRIPTIONS, type PushSubscriptions } from '../../../contact/database/push-subscription.repository';
import { NOTIFICATION_REPOSITORY, type NotificationRepository } from '../../database/notification.repository';
import { notificationFor } from '../../domain/notification';
import type { RenderedMessage } from '../../domain/templates';

/**
 * Stores the rendered message and one PENDING delivery per channel the customer's contact allows
 * (and per push device), in the consumer's transaction: the event is consumed if and only if its
 * deliveries exist. A message the templates withheld (the insurer's settlement after a death)
 * stores nothing: the event is consumed all the same, not an error; ids only in the log.
 */
@Injectable()
export class RecordNotificationHandler {
  private readonly logger = new Logger('RecordNotification');

  constructor(
    @Inject(NOTIFICATION_REPOSITORY) private readonly notifications: NotificationRepository,
    @Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository,
    @Inject(PUSH_SUBSCRIPTIONS) private readonly devices: PushSubscriptions,
  ) {}

  async execute(manager: EntityManager, customerId: string, event: EventEnvelope, message: RenderedMessage | undefined): Promise<'NOTIFIED' | 'WITHHELD'> {
    if (!message) {
      this.logger.log({ message: 'notice withheld', eventId: event.eventId, eventType: event.eventType, aggregateId: event.aggregateId });
      return 'WITHHELD';
    }
    const contact = { ...(await this.contacts.find(manager, customerId)), pushSubscriptionIds: await this.devices.activeIds(manager, customerId) };
    await this.notifications.add(manager, notificationFor(customerId, event, message, contact, new Date()));
    return 'NOTIFIED';
  }
}
