import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { boundCustomerOf, CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { NOTIFICATION_REPOSITORY, type NotificationRepository } from '../../database/notification.repository';
import { listNotifications } from './list-notifications.query';
import { type NotificationView, toNotificationView } from './notification.view';

export class ListNotificationsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Obrigatório para o back office; um cliente (DIGITAL) lê só as próprias notificações' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

@ApiTags('notifications')
@Secured({ scopes: ['notifications:read'] })
@Controller('v1/notifications')
export class ListNotificationsController {
  constructor(@Inject(NOTIFICATION_REPOSITORY) private readonly repository: NotificationRepository) {}

  /** A customer's notification log, oldest first, with each channel's delivery (R-NT-1). Unknown customer → empty list. */
  @Get()
  @ApiOkResponse({ description: 'Notifications of the customer, with their deliveries' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, or NOTIFICATION.INVALID_QUERY when a back-office caller names no customerId' })
  async list(@Query() query: ListNotificationsQuery, @CurrentPrincipal() principal: Principal): Promise<{ items: NotificationView[] }> {
    return { items: (await listNotifications(this.repository, query, boundCustomerOf(principal))).map(toNotificationView) };
  }
}
