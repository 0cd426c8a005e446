import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import type { CustomerContact } from '../domain/customer-contact';
import { CONTACT_SEALED, toContact, toContactColumns } from './contact.mapper';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const contact: CustomerContact = { customerId: '0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55', email: 'maria@example.com', phone: '+5561999990000', changedAt: new Date('2026-03-01T12:00:00.000Z') };

describe('customer contact mapping: e-mail and phone sealed at rest (R-SEC-3)', () => {
  it('stores no e-mail or phone in clear, each sealed under its own column', () => {
    const row = toContactColumns(cipher, contact);
    expect(JSON.stringify(row)).not.toMatch(/maria@example\.com|5561999990000/);
    expect([row.email, row.phone].every((v) => FieldCipher.isSealed(v))).toBe(true);
    expect(() => cipher.open(row.email ?? '', CONTACT_SEALED.phone)).toThrow();
  });

  it('reads back exactly what was written', () => {
    expect(toContact(cipher, toContactColumns(cipher, contact))).toEqual(contact);
  });

  it('keeps an absent e-mail or phone absent (null in the row)', () => {
    const bare: CustomerContact = { customerId: contact.customerId, changedAt: contact.changedAt };
    const row = toContactColumns(cipher, bare);
    expect(row).toMatchObject({ email: null, phone: null });
    expect(toContact(cipher, row)).toEqual({ ...bare, email: undefined, phone: undefined });
  });
});
