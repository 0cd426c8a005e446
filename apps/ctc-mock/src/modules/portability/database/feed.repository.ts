import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';
import { FeedMessageRow } from './feed-message.orm-entity';

export const FEED_REPOSITORY = Symbol('FEED_REPOSITORY');

/** A status change as one institution reads it. */
export interface FeedEntry {
  readonly participantIspb: string;
  readonly nu: string;
  readonly role: 'ORIGIN' | 'DESTINATION';
  readonly status: string;
  readonly previousStatus: string | null;
  readonly occurredAt: Date;
  readonly snapshot: object;
}

export interface FeedMessage extends FeedEntry {
  /** Position in the feed (decimal text): read again with `after` = the last one handled. */
  readonly cursor: string;
}

/** Port: the message feed. */
export interface FeedRepository {
  /** In the change's transaction; numbered in commit order. */
  append(manager: EntityManager, entries: readonly FeedEntry[]): Promise<void>;
  read(participantIspb: string, after: bigint, limit: number): Promise<FeedMessage[]>;
}

/** Every writer of the feed holds it from numbering to commit: numbers are handed out in commit order. */
const FEED_LOCK = 7_231_003;

@Injectable()
export class TypeOrmFeedRepository implements FeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, entries: readonly FeedEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // Taken last in every transaction (after the portability row), so it cannot deadlock; held
    // briefly, until the commit that follows. A reader never sees n+1 before n commits.
    await manager.query('SELECT pg_advisory_xact_lock($1)', [FEED_LOCK]);
    for (const entry of entries) {
      const [{ seq }] = (await manager.query(`SELECT nextval('feed_message_seq')::text AS seq`)) as Array<{ seq: string }>;
      await manager.getRepository(FeedMessageRow).insert({ ...entry, seq });
    }
  }

  async read(participantIspb: string, after: bigint, limit: number): Promise<FeedMessage[]> {
    const rows = await this.dataSource.getRepository(FeedMessageRow).find({ where: { participantIspb, seq: MoreThan(after.toString()) }, order: { seq: 'ASC' }, take: limit });
    return rows.map(({ seq, ...entry }) => ({ ...entry, role: entry.role as FeedEntry['role'], cursor: seq }));
  }
}
