import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { CustomerContact } from '../domain/customer-contact';
import { toContact, toContactColumns } from './contact.mapper';
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
  constructor(private readonly cipher: FieldCipher) {}

  async record(manager: EntityManager, contact: CustomerContact): Promise<boolean> {
    const row = toContactColumns(this.cipher, contact);
    // One statement, so two changes of one customer racing each other still end on the latest.
    const rows = (await manager.query(
      `INSERT INTO customer_contact (customer_id, email, phone, changed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (customer_id) DO UPDATE
         SET email = EXCLUDED.email, phone = EXCLUDED.phone, changed_at = EXCLUDED.changed_at, updated_at = now()
         WHERE customer_contact.changed_at < EXCLUDED.changed_at
       RETURNING customer_id`,
      [row.customerId, row.email, row.phone, row.changedAt],
    )) as unknown[];
    return rows.length > 0;
  }

  async find(manager: EntityManager, customerId: string): Promise<CustomerContact | undefined> {
    const row = await manager.getRepository(CustomerContactRow).findOneBy({ customerId });
    return row ? toContact(this.cipher, row) : undefined;
  }
}
