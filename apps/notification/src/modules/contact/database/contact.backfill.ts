import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealIfClear } from '@consignado/service-kit';
import { CONTACT_SEALED } from './contact.mapper';

const COLUMNS = ['email', 'phone'] as const;

/** Contacts stored before personal data was sealed: e-mail and phone sealed in one UPDATE. */
export function contactBackfill(cipher: FieldCipher): BackfillJob {
  return {
    table: 'customer_contact',
    key: 'customer_id',
    columns: COLUMNS,
    clear: COLUMNS.map((c) => `${c} NOT LIKE 'pii:v1:%'`).join(' OR '),
    seal: (row) => Object.fromEntries(COLUMNS.map((c) => [c, row[c] === null ? null : sealIfClear(cipher, String(row[c]), CONTACT_SEALED[c])])),
  };
}
