import { holds } from '../profile/facts';
import { PRODUCT_IDS, ProductId } from '../types';
import { CATALOGUE } from './catalogue';
import { Offer, Terms } from './offer';
import { RecommendRequest } from './request';

export interface Assessed {
  id: ProductId;
  offer: Offer | null;
  reason: string | null;
}

/** P-13: "não finalísticos" = every product but debt relief. */
const DEBT_RELIEF: readonly ProductId[] = ['refinanciamento', 'portabilidade_divida'];

/** Rules 2–3 of "Elegibilidade preliminar", or null when neither applies. */
function restrictedToDebtRelief(req: RecommendRequest): string | null {
  if (holds(req.dti, 'gt', '0.6')) return 'DTI > 0.6: apenas refinanciamento/portabilidade';
  if (req.historico === 'ruim' && holds(req.pct, 'lt', '0.9')) {
    return 'histórico ruim e pagamentos em dia < 0.9: apenas refinanciamento/portabilidade';
  }
  return null;
}

/**
 * Every product in catalogue order with its offer (eligible) or reason (not). The product's own
 * rule is reported first; P-13 only closes products that would otherwise be offered.
 */
export function assessCatalogue(req: RecommendRequest, t: Terms): Assessed[] {
  const restriction = restrictedToDebtRelief(req);
  return PRODUCT_IDS.map((id) => {
    const result = CATALOGUE[id](req, t);
    if (typeof result === 'string') return { id, offer: null, reason: result };
    if (restriction && !DEBT_RELIEF.includes(id)) return { id, offer: null, reason: restriction };
    return { id, offer: result, reason: null };
  });
}
