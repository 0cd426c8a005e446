/** The seed's product ids, in catalogue order (ties in the ranking keep this order). */
export const PRODUCT_IDS = [
  'cartao_basico',
  'cartao_gold',
  'emprestimo_pessoal',
  'credito_consiginado', // the seed's spelling, kept on purpose (P-15)
  'limite_conta',
  'refinanciamento',
  'aumento_limite_cartao',
  'portabilidade_divida',
] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

/** Feedback priorities the seed names; any other value is ignored. */
export const PRIORITIES = ['parcela_baixa', 'prazo_curto', 'limite_maior', 'juros_baixos'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const RISK_LEVELS = ['baixo', 'moderado', 'alto'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const HISTORY_CLASSES = ['excelente', 'bom', 'regular', 'ruim'] as const;
export type HistoryClass = (typeof HISTORY_CLASSES)[number];

export const FINANCIAL_PROFILES = ['conservador', 'moderado', 'arrojado'] as const;
export type ProfileClass = (typeof FINANCIAL_PROFILES)[number];

/** The seven RF1 inputs whose absence makes the data insufficient, in campos_faltantes order. */
export const REQUIRED_FIELDS = [
  'renda_mensal_bruta',
  'despesas_mensais',
  'limite_total_cartoes',
  'saldo_devedor_cartoes',
  'historico_pagamentos',
  'consultas_ultimos_6m',
  'inadimplencias_registradas_5a',
] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** Client feedback to RF2 (seed 2.2, "Feedback do cliente"). */
export interface Feedback {
  prioridade?: Priority;
  produto_recusado?: ProductId[];
  produto_preferido?: ProductId;
}

/** The contract's error result: codes survive a process boundary, messages are pt-BR. */
export type ProfileErrorCode = 'INVALID_INPUT' | 'UNKNOWN_OP';
export interface ProfileInputError {
  error: { code: ProfileErrorCode; message: string };
}

export const inputError = (code: ProfileErrorCode, message: string): ProfileInputError => ({ error: { code, message } });
