import { Inject, Injectable } from '@nestjs/common';
import { AverbationConnectorConfig } from '../../config';
import { PollingWorker } from '../jobs/polling-worker';
import { ReadFeedHandler } from './commands/read-feed/read-feed.handler';
import { FEED_REPOSITORY, type FeedLease, type FeedRepository } from './database/feed.repository';

/**
 * Follows the exchange's message feed: every CTC_FEED_POLL_INTERVAL_MS, the instance that leases
 * the cursor reads pages until it has caught up. Two instances never apply a page twice (lease,
 * and the cursor checked in the page's transaction).
 */
@Injectable()
export class FeedWorker extends PollingWorker<FeedLease> {
  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(FEED_REPOSITORY) private readonly feed: FeedRepository,
    private readonly handler: ReadFeedHandler,
  ) {
    super({ name: 'FeedWorker', concurrency: 1, pollIntervalMs: config.CTC_FEED_POLL_INTERVAL_MS });
  }

  protected async claim(): Promise<FeedLease[]> {
    const lease = await this.feed.claim(this.config.ctcLeaseMs);
    return lease ? [lease] : [];
  }

  protected async run(first: FeedLease, signal: AbortSignal): Promise<void> {
    let lease: FeedLease | undefined = first;
    while (lease && (await this.handler.execute(lease, signal)) === 'FULL' && !signal.aborted) lease = await this.feed.claim(this.config.ctcLeaseMs);
  }
}
