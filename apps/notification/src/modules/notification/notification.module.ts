import { Module } from '@nestjs/common';
import { RecordNotificationEventHandler } from './commands/record-notification/record-notification.event-handler';
import { NOTIFICATION_REPOSITORY, TypeOrmNotificationRepository } from './database/notification.repository';
import { ListNotificationsController } from './queries/list-notifications/list-notifications.controller';

@Module({
  controllers: [ListNotificationsController],
  providers: [RecordNotificationEventHandler, { provide: NOTIFICATION_REPOSITORY, useClass: TypeOrmNotificationRepository }],
})
export class NotificationModule {}
