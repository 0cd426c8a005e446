import { Module, type Provider } from '@nestjs/common';
import { NotificationConfig } from '../../config';
import { ContactModule } from '../contact/contact.module';
import { channelProviders } from './channels/channel-providers';
import { DELIVERY_BACKOFF, DeliverNotificationHandler } from './commands/deliver-notification/deliver-notification.handler';
import { ContractBlockEventHandler } from './commands/notify-contract-block/contract-block.event-handler';
import { NotifyContractBlockHandler } from './commands/notify-contract-block/notify-contract-block.handler';
import { ContractIssuedEventHandler } from './commands/notify-contract-issued/contract-issued.event-handler';
import { FundsReleaseEventHandler } from './commands/notify-funds-release/funds-release.event-handler';
import { PayoutAccountEventHandler } from './commands/notify-payout-account/payout-account.event-handler';
import { RecordNotificationEventHandler } from './commands/record-notification/record-notification.event-handler';
import { RecordNotificationHandler } from './commands/record-notification/record-notification.handler';
import { CONTRACT_BLOCK_REVISIONS, TypeOrmContractBlockRevisions } from './database/contract-block.repository';
import { DELIVERY_REPOSITORY, TypeOrmDeliveryRepository } from './database/delivery.repository';
import { NOTIFICATION_REPOSITORY, TypeOrmNotificationRepository } from './database/notification.repository';
import { DeliveryWorker } from './delivery.worker';
import { DeliveryBackoff } from './domain/delivery-backoff';
import { ListNotificationsController } from './queries/list-notifications/list-notifications.controller';

const backoffProvider: Provider = {
  provide: DELIVERY_BACKOFF,
  inject: [NotificationConfig],
  useFactory: (c: NotificationConfig) => new DeliveryBackoff(c.DELIVERY_BACKOFF_BASE_MS, c.DELIVERY_BACKOFF_MAX_MS),
};

/** Events → pt-BR notifications → deliveries on push, e-mail and SMS, retried until sent (R-NT-1). */
@Module({
  imports: [ContactModule],
  controllers: [ListNotificationsController],
  providers: [
    RecordNotificationEventHandler,
    RecordNotificationHandler,
    ContractBlockEventHandler,
    NotifyContractBlockHandler,
    FundsReleaseEventHandler,
    ContractIssuedEventHandler,
    PayoutAccountEventHandler,
    DeliverNotificationHandler,
    DeliveryWorker,
    backoffProvider,
    ...channelProviders,
    { provide: NOTIFICATION_REPOSITORY, useClass: TypeOrmNotificationRepository },
    { provide: DELIVERY_REPOSITORY, useClass: TypeOrmDeliveryRepository },
    { provide: CONTRACT_BLOCK_REVISIONS, useClass: TypeOrmContractBlockRevisions },
  ],
  exports: [NOTIFICATION_REPOSITORY],
})
export class NotificationModule {}
