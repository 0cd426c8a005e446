import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { divide, int, minOf } from '../decimal/dec';
import { InssRateCaps, PersonalParameters, ServantParameters } from '../parameters/parameter-types';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanTerm } from '../schedule/loan-term';

/**
 * Public-servant consignado: 0.018 + 0.00005 × (n − 24), capped at 2.14% (seed 002 §12.3), exact.
 * Terms outside 24..92 fail with TERM_OUT_OF_RANGE.
 */
export function servantRate(term: LoanTerm, p: ServantParameters): Result<MonthlyRate> {
  if (term.months < p.minTermMonths || term.months > p.maxTermMonths) {
    return err(new FinanceError('TERM_OUT_OF_RANGE', `Prazo do consignado de servidor deve ser de ${p.minTermMonths} a ${p.maxTermMonths} meses.`, 'term'));
  }
  const rate = p.baseRate.plus(p.ratePerExtraMonth.times(int(term.months - p.baseTermMonths)));
  return ok(MonthlyRate.fromDecimal(minOf(rate, p.rateCap)));
}

/**
 * Personal loan by score band, falling inside each band so a better score never pays more (D-8):
 * top − (top − bottom) × (score − low) / (high − low), half-up to 6 places. Below 201: SCORE_TOO_LOW.
 */
export function personalRate(score: number, p: PersonalParameters): Result<MonthlyRate> {
  if (!Number.isInteger(score) || score < 0 || score > p.bands[p.bands.length - 1].high) {
    return err(new FinanceError('INVALID_INPUT', 'Score deve ser um inteiro de 0 a 1000.', 'score'));
  }
  if (score < p.minScore) {
    return err(new FinanceError('SCORE_TOO_LOW', `Score de crédito insuficiente: o mínimo para empréstimo pessoal é ${p.minScore}.`, 'score'));
  }
  const band = p.bands.find((b) => score >= b.low && score <= b.high);
  if (!band) return err(new FinanceError('INVALID_INPUT', 'Score fora das faixas configuradas.', 'score'));
  const drop = divide(band.top.minus(band.bottom).times(int(score - band.low)), int(band.high - band.low));
  return ok(MonthlyRate.fromDecimal(band.top.minus(drop).round(p.ratePlaces, 1)));
}

/**
 * INSS consignado: the product's configured rate, never above the CNPS cap in force on the
 * contract date. Without a configured rate the cap itself is used; a higher one is lowered to it.
 */
export function inssRate(configured: MonthlyRate | undefined, caps: InssRateCaps): MonthlyRate {
  const cap = MonthlyRate.fromDecimal(caps.loan);
  return configured && configured.lte(cap) ? configured : cap;
}
