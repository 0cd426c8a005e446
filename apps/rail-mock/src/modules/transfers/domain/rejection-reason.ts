/**
 * Why the rail rejects a transfer (ISO 20022-ish, our code names), with the pt-BR explanation it
 * gives when a script names none. Scripted by tests and demos (POST /admin/outcome-script).
 */
export const REJECTION_REASONS = {
  KEY_NOT_FOUND: 'A chave PIX informada não está registrada no DICT.',
  HOLDER_MISMATCH: 'O titular da conta de destino não é o CPF informado.',
  ACCOUNT_CLOSED: 'A conta de destino está encerrada.',
  ACCOUNT_BLOCKED: 'A conta de destino está bloqueada e não pode receber créditos.',
} as const;

export type RejectionReason = keyof typeof REJECTION_REASONS;
export const REJECTION_REASON_CODES = Object.keys(REJECTION_REASONS) as RejectionReason[];
