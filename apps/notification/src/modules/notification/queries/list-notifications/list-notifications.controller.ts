import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { NOTIFICATION_REPOSITORY, type NotificationRepository } from '../../database/notification.repository';
import type { Notification } from '../../domain/notification';

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

  /** A customer's notification log, oldest first (R-NT-1). */
  @Get()
  @ApiOkResponse({ description: 'Notifications of the customer' })
  async list(@Query() query: ListNotificationsQuery): Promise<{ items: Notification[] }> {
    return { items: await this.repository.listByCustomer(query.customerId, query.limit) };
  }
}
