import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { NotificationConfig } from '../../../../config';
import { PUSH_SUBSCRIPTIONS, type PushSubscriptions } from '../../database/push-subscription.repository';
import { customerOnly } from '../../push-caller';
import { type PushSubscriptionView, toPushSubscriptionView } from './push-subscription.view';

@ApiTags('push')
@Secured({ scopes: ['notifications:read'] })
@Controller('v1/push-subscriptions')
export class PushSubscriptionsQueryController {
  constructor(
    @Inject(PUSH_SUBSCRIPTIONS) private readonly subscriptions: PushSubscriptions,
    private readonly config: NotificationConfig,
  ) {}

  /** The VAPID public key an app passes to `pushManager.subscribe({ applicationServerKey })`. */
  @Get('vapid-public-key')
  @ApiOkResponse({ description: '{ publicKey } (base64url)' })
  vapidPublicKey(): { publicKey: string } {
    return { publicKey: this.config.VAPID_PUBLIC_KEY };
  }

  /** The customer's own devices, oldest first. */
  @Get()
  async list(@CurrentPrincipal() principal: Principal): Promise<{ items: PushSubscriptionView[] }> {
    return { items: (await this.subscriptions.list(customerOnly(principal))).map(toPushSubscriptionView) };
  }
}
