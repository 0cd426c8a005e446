import type { Decimal, IsoDate, Money } from '@consignado/finance';

/* pt-BR text of the CCB (R-LN-9): money as R$ 1.234,56, percents with a decimal comma, DD/MM/AAAA. Never JS floats. */

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "1234.56" (a decimal string, as Money prints) → "R$ 1.234,56"; "-5.00" → "-R$ 5,00". */
export function brl(amount: Money | string): string {
  const text = amount.toString();
  const negative = text.startsWith('-');
  const [units, cents = '00'] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '-' : ''}R$ ${groupThousands(units)},${cents.padEnd(2, '0')}`;
}

/** A percent already in percent units ("1.85", or a Decimal) → "1,85%", at least two places, trailing zeros beyond them dropped. */
export function percent(value: Decimal | string): string {
  const [units, places = ''] = (typeof value === 'string' ? value : value.toFixed()).split('.');
  const trimmed = places.replace(/0+$/, '').padEnd(2, '0');
  return `${groupThousands(units)},${trimmed}%`;
}

/** A fraction ("0.0185", or a Decimal) as a percent: "1,85%". */
export function fractionAsPercent(fraction: Decimal): string {
  return percent(fraction.times('100'));
}

/** 2026-04-10 (an IsoDate or its text) → "10/04/2026" (D-5: the customer reads Brazilian dates). */
export function ptDate(date: IsoDate | string): string {
  const [year, month, day] = date.toString().split('-');
  return `${day}/${month}/${year}`;
}
