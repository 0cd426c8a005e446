import { ProductId } from '../types';

/** parametros_oferta: money r2 and rates as JSON numbers; null where the product names none. */
export interface OfferParameters {
  valor_credito: number | null;
  limite_sugerido: number | null;
  prazo_meses: number | null;
  parcela_estimada: number | null;
  taxa_juros_mensal_aproximada: number | null;
}

/** RF2 output in the seed's shape (PROFILE.md RF2). */
export interface Recommendation {
  /** null when declined (P-7: naming a product not offered would mislead). */
  produto_recomendado: ProductId | null;
  parametros_oferta: OfferParameters;
  /** 1–5 pt-BR bullets with metrics ("Risco=moderado", "DTI=0.32"). */
  justificativa: string[];
  /** Why notable products are not offered ("credito_consiginado: tempo_emprego < 12m"). */
  restricoes: string[];
  elegibilidade_preliminar: { aprovado: boolean; motivo: string };
  /** Up to 2 other eligible products, best first. */
  alternativas: ProductId[];
  id_cliente: string | null;
}
