import { ZERO, dec, r2 } from '../decimal/dec';
import { holds } from '../profile/facts';
import { ProductId, RiskLevel } from '../types';
import { NO_PARAMETERS, Terms } from './offer';
import { Assessment, cardOffer, debtOffer, loanOffer } from './offers';
import { RecommendRequest } from './request';

type Assess = (req: RecommendRequest, t: Terms) => Assessment;

/** Risco is checked first (RF2 table): the reason names the level the product needs. */
function riskGate(req: RecommendRequest, allowed: readonly RiskLevel[]): string | null {
  if (allowed.includes(req.risco)) return null;
  return allowed.length === 1 ? 'exige risco baixo' : 'risco alto';
}
const LOW: readonly RiskLevel[] = ['baixo'];
const LOW_MODERATE: readonly RiskLevel[] = ['baixo', 'moderado'];

function consignado(req: RecommendRequest, t: Terms): Assessment {
  if (!req.rendaFormal) return 'renda formal não informada';
  if (!holds(req.tempoEmprego, 'gte', '12')) return 'tempo_emprego < 12m';
  return loanOffer(t.pmc, dec('0.02'), req.feedback.prioridade);
}

function accountLimit(req: RecommendRequest): Assessment {
  const limite = r2((req.renda ?? ZERO).times(dec('0.1')));
  return limite.gt(ZERO) ? { ...NO_PARAMETERS, limite } : 'renda nula';
}

function portability(req: RecommendRequest, t: Terms): Assessment {
  if (req.taxaAtual === null) return 'taxa atual não informada';
  if (!req.taxaAtual.gt(t.rate)) return 'taxa atual não supera a ofertável';
  if (req.historico === 'ruim') return 'exige histórico regular ou melhor';
  return debtOffer(req, t);
}

const LIMIT_INCREASE = 'exige risco baixo, utilização < 0.3 e pagamentos em dia ≥ 0.98';
const REFINANCE = 'exige utilização > 0.7 ou DTI > 0.5';

/** The seed's catalogue in its order (RF2 step 3): each product's offer or why not. */
export const CATALOGUE: Readonly<Record<ProductId, Assess>> = {
  cartao_basico: (r) => riskGate(r, LOW_MODERATE) ?? cardOffer(r, '0.2', '0.05'),
  cartao_gold: (r) =>
    riskGate(r, LOW) ?? (r.historico === 'excelente' || r.historico === 'bom' ? cardOffer(r, '0.4', '0.04') : 'exige histórico excelente ou bom'),
  emprestimo_pessoal: (r, t) => riskGate(r, LOW_MODERATE) ?? loanOffer(t.pm, t.rate, r.feedback.prioridade),
  credito_consiginado: (r, t) => riskGate(r, LOW_MODERATE) ?? consignado(r, t),
  limite_conta: (r) => riskGate(r, LOW) ?? accountLimit(r),
  refinanciamento: (r, t) => (holds(r.util, 'gt', '0.7') || holds(r.dti, 'gt', '0.5') ? debtOffer(r, t) : REFINANCE),
  aumento_limite_cartao: (r) =>
    r.risco === 'baixo' && holds(r.util, 'lt', '0.3') && holds(r.pct, 'gte', '0.98') ? NO_PARAMETERS : LIMIT_INCREASE,
  portabilidade_divida: portability,
};
