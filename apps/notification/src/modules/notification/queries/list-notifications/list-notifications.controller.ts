import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { NOTIFICATION_REPOSITORY, type NotificationRepository } from '../../database/notification.repository';
import { type NotificationView, toNotificationView } from './notification.view';

export class ListNotificationsQuery {
  @IsUUID()
  customerId!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

@ApiTags('notifications')
@Controller('v1/notifications')
export class ListNotificationsController {
  constructor(@Inject(NOTIFICATION_REPOSITORY) private readonly repository: NotificationRepository) {}

  /** A customer's notification log, oldest first, with each channel's delivery (R-NT-1). Unknown customer → empty list. */
  @Get()
  @ApiOkResponse({ description: 'Notifications of the customer, with their deliveries' })
  async list(@Query() query: ListNotificationsQuery): Promise<{ items: NotificationView[] }> {
    return { items: (await this.repository.listByCustomer(query.customerId, query.limit)).map(toNotificationView) };
  }
}
