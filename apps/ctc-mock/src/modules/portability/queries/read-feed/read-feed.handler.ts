import { Inject, Injectable } from '@nestjs/common';
import { FEED_REPOSITORY, type FeedMessage, type FeedRepository } from '../../database/feed.repository';

export interface FeedPage {
  readonly messages: FeedMessage[];
  /** Where the next read starts: the last message's cursor, or `after` when there was none. */
  readonly nextCursor: string;
}

/**
 * The status changes concerning one institution after its cursor, in feed order. At least once:
 * a participant that stores its cursor after handling a message may see it again, never miss one.
 */
@Injectable()
export class ReadFeedHandler {
  constructor(@Inject(FEED_REPOSITORY) private readonly feed: FeedRepository) {}

  async execute(ispb: string, after: bigint, limit: number): Promise<FeedPage> {
    const messages = await this.feed.read(ispb, after, limit);
    return { messages, nextCursor: messages.at(-1)?.cursor ?? after.toString() };
  }
}
