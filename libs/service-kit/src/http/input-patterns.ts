/*
 * Shapes accepted at every HTTP edge. DTOs check the shape (all problems reported together); the
 * finance value objects then check the meaning (real calendar dates, amounts above zero).
 */

/** Reais as text with up to two decimals: "10000", "231.2", "313.09" — never a JSON number. */
export const MONEY_INPUT = /^\d{1,13}(\.\d{1,2})?$/;

/** ISO-8601 date, or DD/MM/AAAA where the seeds name that format (D-5). */
export const DATE_INPUT = /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4})$/;

/** Idempotency-Key header: printable, 1–128 characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;
