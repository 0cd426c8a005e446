import { civilDateInBrazil, dec } from '@consignado/finance';

/** "1234.50" → "R$ 1.234,50" (the API's decimal strings, never floats). */
export const br = (amount: string): string => {
  const [int, dec] = amount.split('.');
  return `R$ ${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec}`;
};

/** "2027-01-05" → "05/01/2027". */
export const brDate = (iso: string): string => iso.split('-').reverse().join('/');

/** The date loan and credit analysis book on: Brasília's civil date of the machine's clock. */
export const brasiliaToday = (): string => civilDateInBrazil(new Date()).toString();

/** A monthly rate as the APIs give it ("0.0185") → "1,85% a.m.". */
export const brRate = (rate: string): string => `${dec(rate).times(dec('100')).toFixed(2).replace('.', ',')}% a.m.`;
