import { Decimal, ZERO, dec, maxOf, minOf, r2 } from '../decimal/dec';
import { RiskLevel } from '../types';
import { RecommendRequest } from './request';

/** An offer's parameters; a product leaves the ones it does not name null (RF2 step 3). */
export interface Offer {
  valor: Decimal | null;
  limite: Decimal | null;
  prazo: number | null;
  parcela: Decimal | null;
  taxa: Decimal | null;
}

export const NO_PARAMETERS: Offer = { valor: null, limite: null, prazo: null, parcela: null, taxa: null };

/** Loan rates by risco (P-8): emprestimo and debt products; alto only ever reaches debt products. */
const RATES: Readonly<Record<RiskLevel, Decimal>> = { baixo: dec('0.02'), moderado: dec('0.035'), alto: dec('0.05') };

/** What every offer of one request shares (RF2 step 2). */
export interface Terms {
  /** parcela_max = r2(min(0.3R, capacidade)). */
  pm: Decimal;
  /** consignado's cap = r2(min(0.35R, capacidade)). */
  pmc: Decimal;
  /** i(risco). */
  rate: Decimal;
}

/** Needs renda and despesas, which a request that reaches the catalogue always has (P-7). */
export function termsOf(req: RecommendRequest): Terms {
  const renda = req.renda ?? ZERO;
  const capacity = maxOf(renda.minus(req.despesas ?? ZERO), ZERO);
  return {
    pm: r2(minOf(renda.times(dec('0.3')), capacity)),
    pmc: r2(minOf(renda.times(dec('0.35')), capacity)),
    rate: RATES[req.risco],
  };
}
