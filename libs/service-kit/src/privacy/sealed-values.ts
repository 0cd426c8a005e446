/**
 * Column values of personal data (LGPD, R-SEC-3) sealed with the service's FieldCipher; the
 * field name (`table.column`) is the associated data, so a value cannot be moved to another column.
 */
import { FieldCipher } from '@consignado/core';

/** A nullable column: null stays null, anything else is sealed under `field`. */
export function sealOrNull(cipher: FieldCipher, value: string | undefined, field: string): string | null {
  return value === undefined ? null : cipher.seal(value, field);
}

export function openOrUndefined(cipher: FieldCipher, stored: string | null, field: string): string | undefined {
  return stored === null ? undefined : cipher.open(stored, field);
}

/** A JSON value sealed whole: stored as a JSON string in a jsonb column, so the column keeps its type. */
export function sealJson(cipher: FieldCipher, value: unknown, field: string): string {
  return cipher.seal(JSON.stringify(value), field);
}

export function openJson<T>(cipher: FieldCipher, stored: string, field: string): T {
  return JSON.parse(cipher.open(stored, field)) as T;
}

/** For backfills: seals a value still in clear, leaves a sealed one as it is. */
export function sealIfClear(cipher: FieldCipher, value: string, field: string): string {
  return FieldCipher.isSealed(value) ? value : cipher.seal(value, field);
}

/** For backfills: the clear value, whether it was stored clear or already sealed. */
export function clearOf(cipher: FieldCipher, value: string, field: string): string {
  return FieldCipher.isSealed(value) ? cipher.open(value, field) : value;
}
