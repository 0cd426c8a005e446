import { dec, type Decimal, type Money, type MonthlyRate } from '@consignado/finance';

const HUNDRED = dec('100');

/** "10000.00" → "R$ 10.000,00" (text only; money never becomes a JS number). */
export function brl(amount: Money): string {
  const [integer, cents] = amount.toString().split('.');
  return `R$ ${integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
}

/** A fraction as a pt-BR percentage with at least two decimals: 0.0185 → "1,85%", 0.018025 → "1,8025%". */
export function percent(rate: MonthlyRate | Decimal): string {
  const value = ('toDecimal' in rate ? rate.toDecimal() : rate).times(HUNDRED);
  const places = (value.toString().split('.')[1] ?? '').length;
  return `${value.toFixed(Math.max(2, places)).replace('.', ',')}%`;
}

/** A share as a plain percentage: 0.30 → "30%", 0.355 → "35,5%". */
export function share(fraction: Decimal): string {
  return `${fraction.times(HUNDRED).toString().replace('.', ',')}%`;
}

/** Age at the end of the contract in years and months (D-9): 72 years + 96 months → "80 anos e 0 meses". */
export function ageAtEnd(age: number, termMonths: number): string {
  const months = 12 * age + termMonths;
  return `${Math.floor(months / 12)} anos e ${months % 12} meses`;
}
