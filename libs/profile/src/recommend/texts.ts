import { Decimal, fmt } from '../decimal/dec';
import { plural } from '../profile/motivos';
import { ProductId } from '../types';
import { Assessed } from './eligibility';
import { Terms } from './offer';
import { RecommendRequest } from './request';

/** The metrics the decision rests on (seed: "bullets objetivos com métricas"). */
export function justification(req: RecommendRequest, t: Terms): string[] {
  const bullets = [`Risco=${req.risco}`, `Perfil=${req.perfil}`, `Histórico=${req.historico}`];
  if (req.dti !== null) bullets.push(`DTI=${fmt(req.dti)}`);
  bullets.push(`Parcela máxima=${fmt(t.pm)}`);
  return bullets;
}

/**
 * restricoes: "<produto>: <motivo>" for every product not offered, in catalogue order, refused
 * ones included; the seed's "uso temporário" condition when the overdraft is the principal.
 */
export function restrictions(assessed: readonly Assessed[], req: RecommendRequest, principal: ProductId | null): string[] {
  const lines = assessed.flatMap((a) => {
    if (a.reason !== null) return [`${a.id}: ${a.reason}`];
    return req.feedback.recusados.has(a.id) ? [`${a.id}: recusado pelo cliente`] : [];
  });
  if (principal === 'limite_conta') lines.push('limite_conta: apenas para uso temporário');
  return lines;
}

/** "1 inadimplência em 5 anos", as RF1 writes it. */
export const defaults = (n: Decimal): string => `${plural(n, 'inadimplência', 'inadimplências')} em 5 anos`;
