import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ErasedRows, Erasure } from '../domain/erasure';

export const PERSONAL_DATA_ERASER = Symbol('PERSONAL_DATA_ERASER');

/** Port: a customer's personal data in notification's tables, in the caller's transaction. */
export interface PersonalDataEraser {
  /** How many rows of each table still hold the customer's personal data (what `erase` clears). */
  holdings(manager: EntityManager, erasure: Erasure): Promise<ErasedRows>;
  /** Clears it, keeping ids, templates, statuses and dates; how many due deliveries it cancelled. */
  erase(manager: EntityManager, erasure: Erasure): Promise<{ cancelled: number }>;
}

const OF_CUSTOMER = 'notification_id IN (SELECT id FROM notification WHERE customer_id = $1)';
const affected = (result: unknown): number => (Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0);

@Injectable()
export class TypeOrmPersonalDataEraser implements PersonalDataEraser {
  async holdings(manager: EntityManager, { customerId, asOf }: Erasure): Promise<ErasedRows> {
    const [rows] = (await manager.query(
      `SELECT (SELECT count(*) FROM customer_contact WHERE customer_id = $1 AND changed_at <= $2 AND (email IS NOT NULL OR phone IS NOT NULL))::int AS customer_contact,
              (SELECT count(*) FROM notification WHERE customer_id = $1 AND (subject IS NOT NULL OR body IS NOT NULL))::int AS notification,
              (SELECT count(*) FROM notification_delivery WHERE ${OF_CUSTOMER} AND (address IS NOT NULL OR last_error IS NOT NULL))::int AS notification_delivery`,
      [customerId, asOf],
    )) as ErasedRows[];
    return rows;
  }

  async erase(manager: EntityManager, { customerId, asOf }: Erasure): Promise<{ cancelled: number }> {
    // The contact becomes "none" as of the decision — a tombstone even for a customer without one,
    // so a change made before it that arrives late (CustomerContactChanged: latest wins) stays erased.
    await manager.query(
      `INSERT INTO customer_contact (customer_id, email, phone, changed_at) VALUES ($1, NULL, NULL, $2)
       ON CONFLICT (customer_id) DO UPDATE SET email = NULL, phone = NULL, changed_at = EXCLUDED.changed_at, updated_at = now()
        WHERE customer_contact.changed_at <= EXCLUDED.changed_at`,
      [customerId, asOf],
    );
    await manager.query(`UPDATE notification SET subject = NULL, body = NULL WHERE customer_id = $1 AND (subject IS NOT NULL OR body IS NOT NULL)`, [customerId]);
    // Their push devices go too: nothing is pushed to an anonymized customer.
    await manager.query('DELETE FROM push_subscription WHERE customer_id = $1', [customerId]);
    // Clearing the lease token also drops the outcome of a send in flight (its worker's update matches no row).
    const cancelled = await manager.query(`UPDATE notification_delivery SET status = 'CANCELLED', lease_token = NULL WHERE ${OF_CUSTOMER} AND status IN ('PENDING', 'RETRYING')`, [customerId]);
    await manager.query(`UPDATE notification_delivery SET address = NULL, last_error = NULL WHERE ${OF_CUSTOMER} AND (address IS NOT NULL OR last_error IS NOT NULL)`, [customerId]);
    return { cancelled: affected(cancelled) };
  }
}
