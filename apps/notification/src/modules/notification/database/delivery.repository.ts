import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { Delivery } from '../domain/delivery';
import { toDueDelivery, toOutcomeColumns } from './delivery.mapper';
import { DeliveryRow } from './delivery.orm-entity';
import { openBody, openSubject } from './notification.mapper';

export const DELIVERY_REPOSITORY = Symbol('DELIVERY_REPOSITORY');

/** A due delivery this instance holds, with the message it carries. */
export interface ClaimedDelivery {
  delivery: Delivery;
  subject: string;
  body: string;
  /** The flow the notification belongs to, for the logs (R-X-3). */
  correlationId: string;
  token: string;
}

/** Port: the delivery queue (deliveries are their own job rows). */
export interface DeliveryRepository {
  /** Takes up to `limit` due deliveries for `leaseMs`; other instances skip them meanwhile. */
  claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]>;
  /** Saves an attempt's outcome; false when the lease was lost (another instance took it over). */
  complete(claimed: ClaimedDelivery, outcome: Delivery): Promise<boolean>;
}

interface ClaimedRow {
  id: string;
  notification_id: string;
  channel: string;
  address: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
  subject: string;
  body: string;
  correlation_id: string;
}

@Injectable()
export class TypeOrmDeliveryRepository implements DeliveryRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  /**
   * One statement: FOR UPDATE SKIP LOCKED lets instances claim side by side without waiting on each
   * other; moving next_attempt_at to the lease's end keeps the row theirs through the send without
   * holding a transaction open, and hands it to another instance if this one dies mid-send.
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const token = randomUUID();
    const rows = (await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM notification_delivery
          WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= now()
          ORDER BY next_attempt_at
          LIMIT $3
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE notification_delivery d
            SET lease_token = $1, next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
           FROM due WHERE d.id = due.id
         RETURNING d.*
       )
       SELECT c.id, c.notification_id, c.channel, c.address, c.status, c.attempts, c.next_attempt_at, c.last_error, c.sent_at, n.subject, n.body, n.correlation_id
         FROM claimed c JOIN notification n ON n.id = c.notification_id`,
      [token, leaseMs, limit],
    )) as ClaimedRow[];
    return rows.map((row) => ({
      delivery: fromClaimedRow(this.cipher, row),
      subject: openSubject(this.cipher, row.subject),
      body: openBody(this.cipher, row.body),
      correlationId: row.correlation_id,
      token,
    }));
  }

  /** Matching the lease token also loses the outcome of a delivery cancelled mid-send (its token is cleared). */
  async complete(claimed: ClaimedDelivery, outcome: Delivery): Promise<boolean> {
    const result = await this.dataSource.getRepository(DeliveryRow).update({ id: outcome.id, leaseToken: claimed.token }, { ...toOutcomeColumns(this.cipher, outcome), leaseToken: null });
    return (result.affected ?? 0) > 0;
  }
}

function fromClaimedRow(cipher: FieldCipher, row: ClaimedRow): Delivery {
  return toDueDelivery(cipher, {
    id: row.id,
    notificationId: row.notification_id,
    channel: row.channel,
    address: row.address,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    sentAt: row.sent_at,
  });
}
