import { Body, Controller, Delete, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { customerOnly, subscriptionIdOf } from '../../push-caller';
import { type PushSubscriptionView, toPushSubscriptionView } from '../../queries/push-subscriptions/push-subscription.view';
import { PushSubscriptionNotFoundError } from '../../domain/push-subscription';
import { PushSubscriptionRemoval } from './remove-push-subscription.handler';
import { RegisterPushSubscriptionHandler } from './register-push-subscription.handler';
import { RegisterPushSubscriptionDto } from './push-subscription.request.dto';

/** The customer's own devices for push (DIGITAL tokens only): add one, remove one. */
@ApiTags('push')
@Secured({ scopes: ['notifications:write'] })
@Controller('v1/push-subscriptions')
export class PushSubscriptionsController {
  constructor(
    private readonly register: RegisterPushSubscriptionHandler,
    private readonly removal: PushSubscriptionRemoval,
  ) {}

  @Post()
  @ApiCreatedResponse({ description: 'A new device' })
  @ApiOkResponse({ description: 'The same endpoint again: the same subscription, keys renewed' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, NOTIFICATION.INVALID_PUSH_SUBSCRIPTION (endpoint, keys.p256dh, keys.auth)' })
  @ApiForbiddenResponse({ description: 'NOTIFICATION.PUSH_CUSTOMER_ONLY_FORBIDDEN — only a customer subscribes their own devices' })
  @ApiUnprocessableEntityResponse({ description: 'NOTIFICATION.PUSH_SERVICE_NOT_ALLOWED, NOTIFICATION.TOO_MANY_PUSH_SUBSCRIPTIONS' })
  async add(@Body() body: RegisterPushSubscriptionDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<PushSubscriptionView> {
    const saved = await this.register.execute(customerOnly(principal), { endpoint: body.endpoint, keys: { p256dh: body.keys.p256dh, auth: body.keys.auth } });
    res.status(saved.created ? 201 : 200);
    return toPushSubscriptionView({ ...saved.subscription, goneAt: null });
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed: no more pushes to that device' })
  @ApiNotFoundResponse({ description: 'NOTIFICATION.PUSH_SUBSCRIPTION_NOT_FOUND (also another customer\'s)' })
  async remove(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    if (!(await this.removal.execute(customerOnly(principal), subscriptionIdOf(id)))) throw new PushSubscriptionNotFoundError();
  }
}
