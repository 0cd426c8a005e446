import { Decimal, ONE, ZERO, count, maxOf, minOf, r2 } from '../decimal/dec';
import { roundedQuotient } from '../decimal/quotient';
import { isRecord, readCount, readMoney } from '../input/read';

/** RF1 step 2: Σ r2 parcela_mensal of the loan entries that are objects with a valid one. */
export function installmentTotal(loans: unknown): Decimal {
  if (!Array.isArray(loans)) return ZERO;
  return loans.reduce<Decimal>((sum, loan) => {
    const parcela = isRecord(loan) ? readMoney(loan['parcela_mensal']) : null;
    return parcela === null ? sum : sum.plus(r2(parcela));
  }, ZERO);
}

/** DTI = r4(parcela_total / max(renda, 1)); null without renda. */
export function debtToIncome(parcelaTotal: Decimal, renda: Decimal | null): Decimal | null {
  return renda === null ? null : roundedQuotient(parcelaTotal, maxOf(renda, ONE), 4);
}

/** utilizacao_credito = r4(min(saldo / max(limite, 1), 1)); null without saldo or limite. */
export function creditUtilization(saldo: Decimal | null, limite: Decimal | null): Decimal | null {
  if (saldo === null || limite === null) return null;
  return minOf(roundedQuotient(saldo, maxOf(limite, ONE), 4), ONE);
}

export interface PaymentStats {
  pct: Decimal | null;
  maxDelay: Decimal | null;
}

/**
 * RF1 step 3. A record is an object with a valid dias_atraso (P-2: a record without one proves
 * nothing, so it is skipped); on time means dias_atraso = 0. Both null without records.
 */
export function paymentStats(history: unknown): PaymentStats {
  const delays = (Array.isArray(history) ? history : [])
    .map((entry) => (isRecord(entry) ? readCount(entry['dias_atraso']) : null))
    .filter((d): d is Decimal => d !== null);
  if (delays.length === 0) return { pct: null, maxDelay: null };
  const onTime = delays.filter((d) => d.eq(ZERO)).length;
  return {
    pct: roundedQuotient(count(onTime), count(delays.length), 4),
    maxDelay: delays.reduce((a, b) => maxOf(a, b)),
  };
}
