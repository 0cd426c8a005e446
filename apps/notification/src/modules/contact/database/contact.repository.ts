import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CustomerContact } from '../domain/customer-contact';
import { CustomerContactRow } from './customer-contact.orm-entity';

export const CONTACT_REPOSITORY = Symbol('CONTACT_REPOSITORY');

/** Port: customers' delivery addresses. */
export interface ContactRepository {
  /** Keeps `contact` unless a later change is already stored; true when it was kept. */
  record(manager: EntityManager, contact: CustomerContact): Promise<boolean>;
  find(manager: EntityManager, customerId: string): Promise<CustomerContact | undefined>;
}

@Injectable()
export class TypeOrmContactRepository implements ContactRepository {
  async record(manager: EntityManager, contact: CustomerContact): Promise<boolean> {
    // One statement, so two changes of one customer racing each other still end on the latest.
    const rows = (await manager.query(
      `INSERT INTO customer_contact (customer_id, email, phone, changed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (customer_id) DO UPDATE
         SET email = EXCLUDED.email, phone = EXCLUDED.phone, changed_at = EXCLUDED.changed_at, updated_at = now()
         WHERE customer_contact.changed_at < EXCLUDED.changed_at
       RETURNING customer_id`,
      [contact.customerId, contact.email ?? null, contact.phone ?? null, contact.changedAt],
    )) as unknown[];
    return rows.length > 0;
  }

  async find(manager: EntityManager, customerId: string): Promise<CustomerContact | undefined> {
    const row = await manager.getRepository(CustomerContactRow).findOneBy({ customerId });
    if (!row) return undefined;
    return { customerId: row.customerId, email: row.email ?? undefined, phone: row.phone ?? undefined, changedAt: row.changedAt };
  }
}
