import { fieldError } from '@consignado/core';
import { IsoDate, Money } from '@consignado/finance';

/*
 * Shapes accepted at the HTTP edge. DTOs check the shape (every problem reported together); the
 * finance value objects then check the meaning (real calendar dates, amounts above zero).
 */

/** Reais as text with up to two decimals: "313.08", "10", "0.5" — never a JSON number. */
export const MONEY_INPUT = /^\d{1,13}(\.\d{1,2})?$/;

/** ISO-8601 date, or DD/MM/AAAA where seed 002 names that format (D-5). */
export const DATE_INPUT = /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4})$/;

export const ISO_DATE_INPUT = /^\d{4}-\d{2}-\d{2}$/;

/** Idempotency-Key header: printable, 1–128 characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

/** ISO-8601, or DD/MM/AAAA as the seeds write dates (D-5), to a real calendar date. */
export function parseInputDate(input: string, field: string): IsoDate {
  const parsed = IsoDate.parseIsoOrBrazilian(input, field);
  if (parsed.ok) return parsed.value;
  throw fieldError('PAYMENT.INVALID_DATE', field, parsed.error.message);
}

/** An amount above zero with at most two decimals. */
export function parsePositiveAmount(input: string, field: string): Money {
  const parsed = Money.parsePositive(input, field);
  if (parsed.ok) return parsed.value;
  throw fieldError('PAYMENT.INVALID_AMOUNT', field, parsed.error.message);
}

/** The Idempotency-Key header when given; a malformed one is refused (400). */
export function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header !== undefined && !IDEMPOTENCY_KEY.test(header)) {
    throw fieldError('PAYMENT.INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key', 'Idempotency-Key deve ter de 1 a 128 caracteres visíveis.');
  }
  return header;
}
