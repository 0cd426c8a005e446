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
