import { Decimal, ONE, ZERO, dec, minOf, r2 } from '../decimal/dec';
import { Priority } from '../types';
import { Offer, Terms } from './offer';
import { chooseTerm, pmt } from './pmt';
import { RecommendRequest } from './request';

/** A product's offer, or why it is not offered (a pt-BR reason for restricoes). */
export type Assessment = Offer | string;

const SIX = dec('6');
const DEBT_INSTALLMENT_SHARE = dec('0.85');
const DEBT_RATE_SHARE = dec('0.8');

/**
 * Cards: limite = r2(min(share·R, (1 − util)·L)); share·R alone without limite_total_estimada.
 * Without utilização the second term cannot be computed either, so the product rule stands alone.
 */
export function cardOffer(req: RecommendRequest, share: string, taxa: string): Assessment {
  const byIncome = (req.renda as Decimal).times(dec(share));
  const byLimit = req.limiteEstimado && req.util && ONE.minus(req.util).times(req.limiteEstimado);
  const limite = r2(byLimit ? minOf(byIncome, byLimit) : byIncome);
  if (limite.lte(ZERO)) return 'limite sugerido nulo';
  return { valor: null, limite, prazo: null, parcela: null, taxa: dec(taxa) };
}

/** loan(c, i) (P-12): valor 6c, prazo per feedback with installments capped at c, PMT. */
export function loanOffer(cap: Decimal, rate: Decimal, priority: Priority | null): Assessment {
  if (cap.lte(ZERO)) return 'capacidade de pagamento nula';
  const valor = cap.times(SIX);
  const prazo = chooseTerm(valor, rate, cap, priority);
  return { valor, limite: null, prazo, parcela: pmt(valor, rate, prazo), taxa: rate };
}

/**
 * debt (refinanciamento, portabilidade): the debt taken over at i(risco), prazo capped by pm. It
 * must meet the seed's objective (P-11): installment ≤ 85% of the current ones, or rate ≤ 80%
 * of the current one; not knowing either makes it not viable.
 */
export function debtOffer(req: RecommendRequest, t: Terms): Assessment {
  const valor = req.saldoDevedor;
  if (valor === null || valor.lte(ZERO)) return 'saldo devedor a refinanciar não informado';
  const prazo = chooseTerm(valor, t.rate, t.pm, req.feedback.prioridade);
  const parcela = pmt(valor, t.rate, prazo);
  const lowerInstallment = req.parcelaTotal !== null && req.parcelaTotal.gt(ZERO) && parcela.lte(req.parcelaTotal.times(DEBT_INSTALLMENT_SHARE));
  const lowerRate = req.taxaAtual !== null && t.rate.lte(req.taxaAtual.times(DEBT_RATE_SHARE));
  if (!lowerInstallment && !lowerRate) return 'não reduz a parcela em 15% nem a taxa em 20%';
  return { valor, limite: null, prazo, parcela, taxa: t.rate };
}
