import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AverbationConnectorConfig } from '../../../../config';
import { CTC_GATEWAY, type CtcGateway } from '../../../exchange/ctc.gateway';
import type { RetryPolicy } from '../../../jobs/domain/retry-policy';
import { CTC_RETRY } from '../../../jobs/retry-policies';
import { FEED_REPOSITORY, type FeedLease, type FeedRepository } from '../../database/feed.repository';
import { FeedMessageApplier } from './feed-message.applier';

/** How a read ended: a full page (read on at once), the end of the feed, or a failure (backoff). */
export type FeedRead = 'FULL' | 'CAUGHT_UP' | 'FAILED';

/**
 * Reads one page of the exchange's feed after the stored cursor and applies it: the messages'
 * effects, their events (outbox) and the new cursor commit together, so the feed (at least once)
 * has its effects exactly once. A page read by an instance whose lease was lost is discarded.
 * A failing read waits with backoff and is retried for ever (the feed is never skipped).
 */
@Injectable()
export class ReadFeedHandler {
  private readonly logger = new Logger('ExchangeFeed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FEED_REPOSITORY) private readonly feed: FeedRepository,
    @Inject(CTC_GATEWAY) private readonly ctc: CtcGateway,
    @Inject(CTC_RETRY) private readonly policy: RetryPolicy,
    private readonly applier: FeedMessageApplier,
    private readonly config: AverbationConnectorConfig,
  ) {}

  async execute(lease: FeedLease, signal: AbortSignal): Promise<FeedRead> {
    const page = await this.ctc.readFeed(lease.position, this.config.CTC_FEED_PAGE_SIZE, signal);
    if (!page.ok && page.failure.kind === 'ABORTED') {
      await this.feed.release(lease);
      return 'FAILED';
    }
    if (!page.ok) return this.failed(lease, `${page.failure.code}: ${page.failure.message}`);
    try {
      const applied = await this.dataSource.transaction(async (manager) => {
        if (!(await this.feed.holds(manager, lease))) return false;
        for (const message of page.value.messages) await this.applier.apply(manager, message);
        await this.feed.advance(manager, page.value.nextCursor);
        return true;
      });
      return applied && page.value.messages.length >= this.config.CTC_FEED_PAGE_SIZE ? 'FULL' : 'CAUGHT_UP';
    } catch (error) {
      return this.failed(lease, `applying the page after ${lease.position} failed: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  }

  private async failed(lease: FeedLease, why: string, bug = false): Promise<FeedRead> {
    const failures = lease.failures + 1;
    const delay = Math.floor(Math.random() * (this.policy.ceilingMs(failures) + 1));
    await this.feed.failed(lease, delay);
    const line = `exchange feed not read (${failures} in a row, next in ${delay} ms): ${why}`;
    if (bug || failures >= this.policy.maxAttempts) this.logger.error(line);
    else this.logger.warn(line);
    return 'FAILED';
  }
}
