import { holds } from '../profile/facts';
import { Recommendation } from './recommendation.types';
import { RecommendRequest } from './request';
import { defaults } from './texts';

export const NULL_PARAMETERS = {
  valor_credito: null,
  limite_sugerido: null,
  prazo_meses: null,
  parcela_estimada: null,
  taxa_juros_mensal_aproximada: null,
} as const;

/** A recommendation that names no product (P-7). */
export function declined(req: RecommendRequest, motivo: string, justificativa: string[], restricoes: string[] = []): Recommendation {
  return {
    produto_recomendado: null,
    parametros_oferta: { ...NULL_PARAMETERS },
    justificativa,
    restricoes,
    elegibilidade_preliminar: { aprovado: false, motivo },
    alternativas: [],
    id_cliente: req.idCliente,
  };
}

/**
 * RF2 step 1: insufficient data (exact motivo `dados insuficientes`) or rule 1, risco alto with
 * 2+ inadimplências; null when the catalogue must be assessed.
 */
export function declineUpfront(req: RecommendRequest): Recommendation | null {
  if (!req.dadosSuficientes || req.renda === null || req.despesas === null) {
    return declined(req, 'dados insuficientes', ['Dados insuficientes para recomendar']);
  }
  if (req.risco === 'alto' && req.inad !== null && holds(req.inad, 'gte', '2')) {
    return declined(req, 'risco alto com 2 ou mais inadimplências em 5 anos', ['Risco=alto', defaults(req.inad)]);
  }
  return null;
}
