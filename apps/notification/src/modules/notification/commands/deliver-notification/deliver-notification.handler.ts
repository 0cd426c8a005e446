import { Inject, Injectable, Logger } from '@nestjs/common';
import { DELIVERY_ADAPTERS, type DeliveryAdapter } from '../../channels/delivery-adapter';
import { RecipientGoneError } from '../../channels/recipient-gone.error';
import { type ClaimedDelivery, DELIVERY_REPOSITORY, type DeliveryRepository } from '../../database/delivery.repository';
import { type Channel, type Delivery, deliveryFailed, deliveryGone, deliverySent } from '../../domain/delivery';
import { DeliveryBackoff } from '../../domain/delivery-backoff';
import { loggableFailure } from '../../domain/send-failure';

export const DELIVERY_BACKOFF = Symbol('DELIVERY_BACKOFF');

/** One attempt of one claimed delivery: send through its channel's adapter, record the outcome. */
@Injectable()
export class DeliverNotificationHandler {
  private readonly logger = new Logger('DeliverNotification');
  private readonly adapters: ReadonlyMap<Channel, DeliveryAdapter>;

  constructor(
    @Inject(DELIVERY_ADAPTERS) adapters: DeliveryAdapter[],
    @Inject(DELIVERY_REPOSITORY) private readonly deliveries: DeliveryRepository,
    @Inject(DELIVERY_BACKOFF) private readonly backoff: DeliveryBackoff,
  ) {
    this.adapters = new Map(adapters.map((a) => [a.channel, a]));
  }

  async execute(claimed: ClaimedDelivery): Promise<void> {
    const outcome = await this.attempt(claimed);
    if (!(await this.deliveries.complete(claimed, outcome))) {
      // Its lease ran out mid-send and another instance holds it now: that one records the result.
      this.logger.warn('delivery lease lost; outcome left to its new holder', { notificationId: claimed.delivery.notificationId, channel: claimed.delivery.channel });
    }
  }

  private async attempt({ delivery, subject, body }: ClaimedDelivery): Promise<Delivery> {
    try {
      const adapter = this.adapters.get(delivery.channel);
      if (!adapter) throw new Error(`no adapter for channel ${delivery.channel}`);
      await adapter.send({ notificationId: delivery.notificationId, subject, body }, delivery.address);
      return deliverySent(delivery, new Date());
    } catch (error) {
      if (error instanceof RecipientGoneError) {
        this.logger.log('delivery cancelled: recipient gone', { notificationId: delivery.notificationId, channel: delivery.channel });
        return deliveryGone(delivery, error.message, new Date());
      }
      const delayMs = this.backoff.delayMs(delivery.attempts + 1);
      const failed = deliveryFailed(delivery, error instanceof Error ? error.message : String(error), new Date(), delayMs);
      this.logger.warn('delivery failed; retrying later', {
        notificationId: delivery.notificationId,
        channel: delivery.channel,
        attempts: failed.attempts,
        retryInMs: delayMs,
        // The kind only: an SMTP error may quote the recipient (the masked text is kept, sealed, on the delivery).
        reason: loggableFailure(error),
      });
      return failed;
    }
  }
}
