import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CtcFeedMessage, CtcPortability, CtcRole } from '../../exchange/ctc.types';
import { FeedMessageRow } from './portability.orm-entities';

export const FEED_REPOSITORY = Symbol('FEED_REPOSITORY');

const CURSOR = 'ctc';

/** This instance's turn at the feed, from the cursor it read. */
export interface FeedLease {
  token: string;
  position: string;
  /** Reads failed in a row before this one. */
  failures: number;
}

/** Port: the cursor in the exchange's feed and the messages handled. */
export interface FeedRepository {
  /** The feed if it is due and no other instance holds it. */
  claim(leaseMs: number): Promise<FeedLease | undefined>;
  /** Locks the cursor for the page's transaction; false when the lease was lost or another instance moved it. */
  holds(manager: EntityManager, lease: FeedLease): Promise<boolean>;
  /** In the page's transaction: the cursor moves past it, the lease ends, the next read is due now. */
  advance(manager: EntityManager, position: string): Promise<void>;
  /** A failed read: the next one waits `delayMs`, any instance may take it. */
  failed(lease: FeedLease, delayMs: number): Promise<void>;
  release(lease: FeedLease): Promise<void>;
  /** Records a message once per NU and status; false for a repeat. */
  remember(manager: EntityManager, message: CtcFeedMessage): Promise<boolean>;
  /** A recorded message that was skipped, and why. */
  markProblem(manager: EntityManager, message: CtcFeedMessage, problem: string): Promise<void>;
  /** The snapshots recorded for a NU, in feed order. */
  snapshotsOf(manager: EntityManager, nu: string, role: CtcRole): Promise<CtcPortability[]>;
  /** Waits for a page being applied (and holds the next one back) until the caller's transaction ends. */
  serializeWithFeed(manager: EntityManager): Promise<void>;
}

@Injectable()
export class TypeOrmFeedRepository implements FeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claim(leaseMs: number): Promise<FeedLease | undefined> {
    const token = randomUUID();
    const result = (await this.dataSource.query(
      `UPDATE ctc_feed_cursor SET lease_token = $1, lease_expires_at = now() + make_interval(secs => $2::double precision / 1000)
        WHERE id = $3 AND next_read_at <= now() AND (lease_expires_at IS NULL OR lease_expires_at < now())
        RETURNING position::text AS position, failures`,
      [token, leaseMs, CURSOR],
    )) as [Array<{ position: string; failures: number }>, number];
    const row = result[0][0];
    return row ? { token, position: row.position, failures: row.failures } : undefined;
  }

  async holds(manager: EntityManager, lease: FeedLease): Promise<boolean> {
    const rows = (await manager.query(`SELECT position::text AS position FROM ctc_feed_cursor WHERE id = $1 AND lease_token = $2 FOR UPDATE`, [CURSOR, lease.token])) as Array<{ position: string }>;
    return rows[0]?.position === lease.position;
  }

  async advance(manager: EntityManager, position: string): Promise<void> {
    await manager.query(`UPDATE ctc_feed_cursor SET position = $2, failures = 0, next_read_at = now(), lease_token = NULL, lease_expires_at = NULL, updated_at = now() WHERE id = $1`, [CURSOR, position]);
  }

  async failed(lease: FeedLease, delayMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE ctc_feed_cursor SET failures = failures + 1, next_read_at = now() + make_interval(secs => $3::double precision / 1000), lease_token = NULL, lease_expires_at = NULL, updated_at = now()
        WHERE id = $1 AND lease_token = $2`,
      [CURSOR, lease.token, delayMs],
    );
  }

  async release(lease: FeedLease): Promise<void> {
    await this.dataSource.query(`UPDATE ctc_feed_cursor SET lease_token = NULL, lease_expires_at = NULL WHERE id = $1 AND lease_token = $2`, [CURSOR, lease.token]);
  }

  async remember(manager: EntityManager, m: CtcFeedMessage): Promise<boolean> {
    // INSERT … RETURNING answers its rows through TypeORM: none when the (NU, status) was already there.
    const inserted = (await manager.query(
      `INSERT INTO ctc_feed_message (portability_number, status, role, cursor, snapshot) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (portability_number, status) DO NOTHING RETURNING portability_number`,
      [m.portabilityNumber, m.status, m.role, m.cursor, JSON.stringify(m.portability)],
    )) as unknown[];
    return inserted.length > 0;
  }

  async markProblem(manager: EntityManager, m: CtcFeedMessage, problem: string): Promise<void> {
    await manager.getRepository(FeedMessageRow).update({ portabilityNumber: m.portabilityNumber, status: m.status }, { problem: problem.slice(0, 1000) });
  }

  async snapshotsOf(manager: EntityManager, nu: string, role: CtcRole): Promise<CtcPortability[]> {
    const rows = await manager.getRepository(FeedMessageRow).find({ where: { portabilityNumber: nu, role }, order: { cursor: 'ASC' } });
    return rows.flatMap((r) => (r.snapshot && !r.problem ? [r.snapshot as unknown as CtcPortability] : []));
  }

  async serializeWithFeed(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT 1 FROM ctc_feed_cursor WHERE id = $1 FOR SHARE`, [CURSOR]);
  }
}
