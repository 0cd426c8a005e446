import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { runWithContext } from '@consignado/service-kit';
import { NotificationConfig } from '../../config';
import { DeliverNotificationHandler } from './commands/deliver-notification/deliver-notification.handler';
import { type ClaimedDelivery, DELIVERY_REPOSITORY, type DeliveryRepository } from './database/delivery.repository';

/**
 * Sends due deliveries in the background (R-NT-1): every DELIVERY_POLL_INTERVAL_MS it claims a
 * batch (FOR UPDATE SKIP LOCKED, so instances share the work) and sends it concurrently; a full
 * batch means more are due, so it looks again at once. On shutdown it stops claiming and waits
 * for the sends in flight to be recorded.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly config: NotificationConfig,
    @Inject(DELIVERY_REPOSITORY) private readonly deliveries: DeliveryRepository,
    private readonly handler: DeliverNotificationHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.polling;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.polling = this.poll();
    }, delayMs);
  }

  private async poll(): Promise<void> {
    let claimed = 0;
    try {
      const batch = await this.deliveries.claimDue(this.config.DELIVERY_BATCH_SIZE, this.config.deliveryLeaseMs);
      claimed = batch.length;
      const results = await Promise.allSettled(batch.map((job) => this.run(job)));
      for (const result of results) {
        // The outcome could not be saved (database down): the lease expires and the delivery is retried.
        if (result.status === 'rejected') this.logger.error('recording a delivery failed; it is retried when its lease ends', { error: describe(result.reason) });
      }
    } catch (error) {
      this.logger.warn('claiming deliveries failed', { error: describe(error) });
    }
    this.schedule(claimed === this.config.DELIVERY_BATCH_SIZE ? 0 : this.config.DELIVERY_POLL_INTERVAL_MS);
  }

  private run(job: ClaimedDelivery): Promise<void> {
    return runWithContext({ correlationId: job.correlationId }, () => this.handler.execute(job));
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
