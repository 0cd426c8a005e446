/** Statuses of a portability at the exchange (Open Finance Brasil's payroll portability). */
export const CTC_STATUSES = [
  'RECEIVED',
  'PENDING',
  'ACCEPTED_SETTLEMENT_IN_PROGRESS',
  'ACCEPTED_SETTLEMENT_COMPLETED',
  'PORTABILITY_COMPLETED',
  'REJECTED',
  'CANCELLED',
  'PAYMENT_ISSUE',
] as const;
export type CtcStatus = (typeof CTC_STATUSES)[number];

export type CtcRole = 'ORIGIN' | 'DESTINATION';

export interface CtcRetentionOffer {
  monthlyRate: string;
  installment: string;
  termMonths: number;
}

/** The origin's answer: the balance to transfer, on balanceDate. */
export interface CtcAnswer {
  balance: string;
  balanceDate: string;
  remainingInstallments: number;
  installment: string;
  monthlyRate: string;
  retentionOffer?: CtcRetentionOffer;
  answeredAt: string;
  /** Only on a final answer: the last day to transfer. */
  dueBalanceLimitDate?: string;
}

export interface CtcTransfer {
  amount: string;
  transferredAt: string;
  transferDate: string;
}

export interface CtcClosure {
  kind: 'REJECTED' | 'CANCELLED' | 'PAYMENT_ISSUE';
  /** e.g. RETENCAO_DO_CLIENTE, DECURSO_DO_PRAZO, CANCELADO_PELO_CLIENTE, DEVOLUCAO_STR0048. */
  reason: string;
  by: 'ORIGIN' | 'DESTINATION' | 'EXCHANGE';
  at: string;
}

/** A portability as the exchange shows it, without the customer's CPF (the connector never keeps it). */
export interface CtcPortability {
  portabilityNumber: string;
  status: CtcStatus;
  originIspb: string;
  destinationIspb: string;
  originContractNumber: string;
  requestedAt: string;
  /** The exchange's business date of the request. */
  requestDate: string;
  answerDeadline: string;
  answer?: CtcAnswer;
  transfer?: CtcTransfer;
  settlement?: { receipt: string; confirmedAt: string };
  closure?: CtcClosure;
}

/** One status change of a portability concerning us, with the portability after it. */
export interface CtcFeedMessage {
  /** Decimal text, increasing. */
  cursor: string;
  portabilityNumber: string;
  role: CtcRole;
  status: CtcStatus;
  /** The portability after the move; null when the exchange sent one that does not parse. */
  portability: CtcPortability | null;
}

export interface CtcFeedPage {
  messages: CtcFeedMessage[];
  nextCursor: string;
}
