import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationConfig } from '../../../../config';
import { checkSubscription, MAX_PUSH_SUBSCRIPTIONS, type PushSubscription, type PushSubscriptionInput, TooManyPushSubscriptionsError } from '../../domain/push-subscription';
import { PUSH_SUBSCRIPTIONS, type PushSubscriptions } from '../../database/push-subscription.repository';

/**
 * A customer's device subscribes to push (R-NT-1): checked (allowed push service, real keys), then
 * kept; the same endpoint again is the same device — its id, the new keys. Idempotent by endpoint.
 */
@Injectable()
export class RegisterPushSubscriptionHandler {
  private readonly logger = new Logger('PushSubscriptions');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PUSH_SUBSCRIPTIONS) private readonly subscriptions: PushSubscriptions,
    private readonly config: NotificationConfig,
  ) {}

  async execute(customerId: string, input: PushSubscriptionInput): Promise<{ subscription: PushSubscription; created: boolean }> {
    checkSubscription(input, this.config.pushAllowedOrigins);
    const saved = await this.dataSource.transaction(async (manager) => {
      const result = await this.subscriptions.save(manager, customerId, input, new Date());
      if (result.created && (await this.subscriptions.countActive(manager, customerId)) > MAX_PUSH_SUBSCRIPTIONS) throw new TooManyPushSubscriptionsError();
      return result;
    });
    this.logger.log({ message: saved.created ? 'push subscription added' : 'push subscription renewed', subscriptionId: saved.subscription.id, origin: new URL(input.endpoint).origin });
    return saved;
  }
}
