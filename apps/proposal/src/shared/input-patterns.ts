/*
 * Shapes accepted at the HTTP edge. DTOs check the shape (all problems reported together); the
 * finance value objects then check the meaning (check digits, real calendar dates, ranges).
 */

/** Reais as text with up to two decimals: "10000", "231.2", "231.24" — never a JSON number. */
export const MONEY_INPUT = /^\d{1,13}(\.\d{1,2})?$/;

/** Monthly rate as a fraction below one: "0.0185" = 1.85% a.m. */
export const RATE_INPUT = /^0(\.\d{1,12})?$/;

/** ISO-8601 date, or DD/MM/AAAA where the seeds name that format (D-5). */
export const DATE_INPUT = /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4})$/;

export const MONEY_EXAMPLE = '10000.00';
