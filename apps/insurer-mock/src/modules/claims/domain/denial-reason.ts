/**
 * Why the insurer refuses a claim, with the pt-BR explanation it gives when a script names none.
 * INVALID_EVENT_DATE is the desk's own check (an event after the day it is filed); the others are
 * what a review may find, scripted by tests and demos (POST /admin/outcome-script).
 */
export const DENIAL_REASONS = {
  EXCLUDED_CAUSE: 'O sinistro decorre de causa excluída pela apólice.',
  POLICY_NOT_IN_FORCE: 'A apólice não estava em vigor na data do evento.',
  INVALID_EVENT_DATE: 'A data do evento é posterior à data de abertura do sinistro.',
  WAITING_PERIOD: 'O evento ocorreu durante o período de carência da apólice.',
  PRE_EXISTING_CONDITION: 'O evento decorre de doença preexistente não declarada na contratação.',
  MISSING_DOCUMENTS: 'A documentação do sinistro não foi entregue no prazo.',
} as const;

export type DenialReason = keyof typeof DENIAL_REASONS;
export const DENIAL_REASON_CODES = Object.keys(DENIAL_REASONS) as DenialReason[];
