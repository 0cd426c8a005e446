import { Decimal, ONE, ZERO, count } from '../decimal/dec';
import { roundedQuotient } from '../decimal/quotient';
import { Priority } from '../types';

/**
 * PMT(V, i, n) = r2(V·i / (1 − (1+i)^−n)), computed as V·i·(1+i)^n / ((1+i)^n − 1): the integer
 * power is exact in big.js and the cent is decided exactly (roundedQuotient), so a true half cent
 * rounds up.
 */
export function pmt(valor: Decimal, rate: Decimal, months: number): Decimal {
  if (rate.eq(ZERO)) return roundedQuotient(valor, count(months), 2);
  const growth = ONE.plus(rate).pow(months);
  return roundedQuotient(valor.times(rate).times(growth), growth.minus(ONE), 2);
}

/** "Prazos médios" (P-12), the default term. */
export const DEFAULT_TERM = 24;
/** The only range the seed gives (emprestimo_pessoal 6–36 months), used for every installment product. */
export const MIN_TERM = 6;
export const MAX_TERM = 36;

/**
 * RF2 step 4: 24 months; `parcela_baixa` the maximum, 36; `prazo_curto` the least term from 6 to
 * 24 whose installment fits `cap`, else 24 (shortening must keep parcela ≤ parcela_max).
 */
export function chooseTerm(valor: Decimal, rate: Decimal, cap: Decimal, priority: Priority | null): number {
  if (priority === 'parcela_baixa') return MAX_TERM;
  if (priority !== 'prazo_curto') return DEFAULT_TERM;
  // The installment falls as the term grows: bisect for the least term that fits (5 PMTs, not 19).
  if (!pmt(valor, rate, DEFAULT_TERM).lte(cap)) return DEFAULT_TERM;
  let [low, high] = [MIN_TERM, DEFAULT_TERM];
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (pmt(valor, rate, mid).lte(cap)) high = mid;
    else low = mid + 1;
  }
  return low;
}
