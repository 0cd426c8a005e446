import { Inject, Injectable } from '@nestjs/common';
import { PUSH_SUBSCRIPTIONS, type PushSubscriptions } from '../../database/push-subscription.repository';

/** The customer removes a device: its pending pushes are then cancelled when their turn comes (the recipient is gone). */
@Injectable()
export class PushSubscriptionRemoval {
  constructor(@Inject(PUSH_SUBSCRIPTIONS) private readonly subscriptions: PushSubscriptions) {}

  execute(customerId: string, id: string): Promise<boolean> {
    return this.subscriptions.remove(customerId, id);
  }
}
