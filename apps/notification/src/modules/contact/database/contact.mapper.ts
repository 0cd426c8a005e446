import type { FieldCipher } from '@consignado/core';
import { openOrUndefined, sealOrNull } from '@consignado/service-kit';
import type { CustomerContact } from '../domain/customer-contact';

/** Personal columns (LGPD, R-SEC-3) and their sealing field: the column is the associated data. */
export const CONTACT_SEALED = { email: 'customer_contact.email', phone: 'customer_contact.phone' } as const;

/** The stored columns of a contact: e-mail and phone sealed, an absent one null. */
export interface ContactColumns {
  customerId: string;
  email: string | null;
  phone: string | null;
  changedAt: Date;
}

export function toContactColumns(cipher: FieldCipher, contact: CustomerContact): ContactColumns {
  return {
    customerId: contact.customerId,
    email: sealOrNull(cipher, contact.email, CONTACT_SEALED.email),
    phone: sealOrNull(cipher, contact.phone, CONTACT_SEALED.phone),
    changedAt: contact.changedAt,
  };
}

export function toContact(cipher: FieldCipher, row: ContactColumns): CustomerContact {
  return {
    customerId: row.customerId,
    email: openOrUndefined(cipher, row.email, CONTACT_SEALED.email),
    phone: openOrUndefined(cipher, row.phone, CONTACT_SEALED.phone),
    changedAt: row.changedAt,
  };
}
