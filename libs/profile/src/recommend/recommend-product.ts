import { Decimal, toJson } from '../decimal/dec';
import { ProductId, ProfileInputError } from '../types';
import { declineUpfront, declined, NULL_PARAMETERS } from './decline';
import { Assessed, assessCatalogue } from './eligibility';
import { Offer, termsOf } from './offer';
import { rankEligible } from './ranking';
import { OfferParameters, Recommendation } from './recommendation.types';
import { RecommendRequest, readRecommendRequest } from './request';
import { justification, restrictions } from './texts';

const num = (x: Decimal | null): number | null => (x === null ? null : toJson(x));
const parameters = (o: Offer): OfferParameters => ({
  valor_credito: num(o.valor),
  limite_sugerido: num(o.limite),
  prazo_meses: o.prazo,
  parcela_estimada: num(o.parcela),
  taxa_juros_mensal_aproximada: num(o.taxa),
});

interface Choice {
  principal: Assessed;
  approved: boolean;
  alternatives: ProductId[];
}

/** RF2 step 6 (P-15): an unrefused preference leads, eligible or not; else the best ranked. */
function choose(req: RecommendRequest, assessed: Assessed[], ranked: ProductId[]): Choice | null {
  const preferred = req.feedback.preferido;
  const find = (id: ProductId) => assessed.find((a) => a.id === id) as Assessed;
  if (preferred && !req.feedback.recusados.has(preferred)) {
    const principal = find(preferred);
    const approved = principal.offer !== null;
    return { principal, approved, alternatives: ranked.filter((id) => id !== preferred).slice(0, 2) };
  }
  if (ranked.length === 0) return null;
  return { principal: find(ranked[0]), approved: true, alternatives: ranked.slice(1, 3) };
}

/**
 * RF2 (seed 004, PROFILE.md): the one credit product to offer, its parameters, 1–2 eligible
 * alternatives and the pt-BR reasons; INVALID_INPUT when input or perfil is unusable.
 */
export function recommendProduct(input: unknown): Recommendation | ProfileInputError {
  const req = readRecommendRequest(input);
  if ('error' in req) return req;
  const upfront = declineUpfront(req);
  if (upfront) return upfront;
  const terms = termsOf(req);
  const assessed = assessCatalogue(req, terms);
  const ranked = rankEligible(assessed.filter((a) => a.offer !== null), req.perfil, req.feedback);
  const choice = choose(req, assessed, ranked);
  const restricoes = restrictions(assessed, req, choice?.approved ? choice.principal.id : null);
  if (!choice) return declined(req, 'nenhum produto elegível', justification(req, terms), restricoes);
  const { principal, approved } = choice;
  return {
    produto_recomendado: principal.id,
    parametros_oferta: approved && principal.offer ? parameters(principal.offer) : { ...NULL_PARAMETERS },
    justificativa: justification(req, terms),
    restricoes,
    elegibilidade_preliminar: { aprovado: approved, motivo: approved ? `${principal.id} elegível` : `${principal.id} incompatível: ${principal.reason}` },
    alternativas: choice.alternatives,
    id_cliente: req.idCliente,
  };
}
