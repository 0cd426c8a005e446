import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, clearOf, sealIfClear } from '@consignado/service-kit';
import { CUSTOMER_SEALED } from './customer.mapper';

/** `customer.cpf` → `cpf`: the sealed fields are named after their columns. */
const COLUMNS = Object.values(CUSTOMER_SEALED).map((field) => field.slice('customer.'.length));

/**
 * Customers registered before personal data was sealed (no `cpf_hash` yet): every personal column
 * sealed, the CPF's lookup hash added — all in one UPDATE, so a row is never half sealed.
 */
export function customerBackfill(cipher: FieldCipher): BackfillJob {
  return {
    table: 'customer',
    key: 'id',
    columns: COLUMNS,
    clear: 'cpf_hash IS NULL',
    seal: (row) => {
      const sealed = Object.fromEntries(COLUMNS.map((c) => [c, row[c] === null ? null : sealIfClear(cipher, String(row[c]), `customer.${c}`)]));
      return { ...sealed, cpf_hash: cipher.lookup(clearOf(cipher, String(row.cpf), CUSTOMER_SEALED.cpf)) };
    },
  };
}
