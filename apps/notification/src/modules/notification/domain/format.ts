import { civilDateInBrazil } from '@consignado/finance';

/** "1234.5" → "R$ 1.234,50": text only, money never becomes a JS number. */
export function brl(amount: string): string {
  const negative = amount.startsWith('-');
  const [int, dec = ''] = amount.replace('-', '').split('.');
  const cents = dec.padEnd(2, '0').slice(0, 2);
  const grouped = int.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}R$ ${grouped},${cents}`;
}

/** "2026-03-10" → "10/03/2026" (customer-facing dates, D-5). */
export function dateBr(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** "2.14" (percent) → "2,14%". */
export function percentBr(percent: string): string {
  return `${percent.replace('.', ',')}%`;
}

/**
 * The calendar day in Brasília of an instant ("2026-03-10T01:30:00Z" → "2026-03-09"), for
 * customer-facing dates of timestamps.
 */
export function brasiliaDay(instant: string): string {
  return civilDateInBrazil(new Date(instant)).toString();
}

/** "3", "3 e 4", "1, 2 e 3". */
export function listBr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
}

/** "1 dia", "10 dias". */
export function countBr(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
