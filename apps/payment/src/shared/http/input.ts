import { fieldError } from '@consignado/core';
import { IsoDate, Money } from '@consignado/finance';

/* Parsing at the payment API's edge; the shapes themselves are the shared ones (libs/service-kit). */
export { DATE_INPUT, MONEY_INPUT } from '@consignado/service-kit';

export const ISO_DATE_INPUT = /^\d{4}-\d{2}-\d{2}$/;

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
