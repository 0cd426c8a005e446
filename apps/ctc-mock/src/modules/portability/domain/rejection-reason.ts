/** Why the origin (credora) refuses: the spec's reasons plus the exchange's own "contract unknown". */
export const ORIGIN_REJECTION_REASONS = [
  'RETENCAO_DO_CLIENTE',
  'CONTRATO_NAO_ENCONTRADO',
  'CONTRATO_LIQUIDADO',
  'PORTABILIDADE_EM_ANDAMENTO',
  'CLIENTE_COM_ACAO_JUDICIAL',
  'MODALIDADE_DA_OPERACAO_INCOMPATIVEL',
  'OUTROS',
] as const;

/** Why the destination (proponente) gives up after the answer. */
export const DESTINATION_REJECTION_REASONS = ['SALDO_DEVEDOR_ATUALIZADO_SUBSTANCIALMENTE_DIVERGENTE', 'POLITICA_DE_CREDITO', 'OUTROS'] as const;

/** The exchange's own: a deadline passed without the expected move. */
export const EXCHANGE_REJECTION_REASONS = ['DECURSO_DO_PRAZO', 'DECURSO_DO_PRAZO_PARA_PAGAMENTO'] as const;

export const REJECTION_REASONS = [...new Set([...ORIGIN_REJECTION_REASONS, ...DESTINATION_REJECTION_REASONS, ...EXCHANGE_REJECTION_REASONS])];
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const CANCELLATION_REASONS = ['CANCELADO_PELO_CLIENTE', 'OUTROS'] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

/** Who moved a portability: one of its two institutions, or the exchange (deadlines). */
export type Role = 'ORIGIN' | 'DESTINATION';
export type Actor = Role | 'EXCHANGE';

const ALLOWED: Record<Actor, readonly RejectionReason[]> = {
  ORIGIN: ORIGIN_REJECTION_REASONS,
  DESTINATION: DESTINATION_REJECTION_REASONS,
  EXCHANGE: EXCHANGE_REJECTION_REASONS,
};

export const mayReject = (actor: Actor, reason: RejectionReason): boolean => ALLOWED[actor].includes(reason);

export const isRejectionReason = (value: string): value is RejectionReason => (REJECTION_REASONS as readonly string[]).includes(value);
