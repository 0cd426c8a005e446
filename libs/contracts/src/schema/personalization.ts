import { type Static } from '@sinclair/typebox';
import { StringEnum } from './primitives';

/**
 * Seed 004's vocabulary, kept in the seed's own words (and spelling: `credito_consiginado`) so a
 * recommendation reads the same in the rules (libs/profile), on the wire and in the channel.
 */
export const SEED_PRODUCTS = [
  'cartao_basico', 'cartao_gold', 'emprestimo_pessoal', 'credito_consiginado',
  'limite_conta', 'refinanciamento', 'aumento_limite_cartao', 'portabilidade_divida',
] as const;
export const SeedProduct = StringEnum(SEED_PRODUCTS, 'SeedProduct');
export type SeedProduct = Static<typeof SeedProduct>;

export const RISK_LEVELS = ['baixo', 'moderado', 'alto'] as const;
export const RiskLevel = StringEnum(RISK_LEVELS, 'RiskLevel');

export const FINANCIAL_PROFILES = ['conservador', 'moderado', 'arrojado'] as const;
export const FinancialProfileClass = StringEnum(FINANCIAL_PROFILES, 'FinancialProfileClass');

export const CREDIT_HISTORY_CLASSES = ['excelente', 'bom', 'regular', 'ruim'] as const;
export const CreditHistoryClass = StringEnum(CREDIT_HISTORY_CLASSES, 'CreditHistoryClass');

/** The customer's feedback kinds (seed 004 RF2): what matters most to them. */
export const FEEDBACK_PRIORITIES = ['parcela_baixa', 'prazo_curto', 'limite_maior', 'juros_baixos'] as const;
export const FeedbackPriority = StringEnum(FEEDBACK_PRIORITIES, 'FeedbackPriority');
export type FeedbackPriority = Static<typeof FeedbackPriority>;
