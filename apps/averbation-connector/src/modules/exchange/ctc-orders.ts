/** What the connector asks the exchange to do (participant API bodies, in the exchange's field names). */

/** We are the destination: open a portability of another institution's contract. */
export interface OpenPortabilityOrder {
  /** Derived from the proposal: a retry after a timeout answers the same portability. */
  idempotencyKey: string;
  originIspb: string;
  originContractNumber: string;
  cpf: string;
}

/** We are the origin: the contract's balance on balanceDate (our payoff). */
export interface BalanceAnswerOrder {
  balance: string;
  balanceDate: string;
  remainingInstallments: number;
  installment: string;
  monthlyRate: string;
  retentionOffer?: { monthlyRate: string; installment: string; termMonths: number };
}

export interface RejectionOrder {
  /** An exchange reason the side may give, e.g. CONTRATO_NAO_ENCONTRADO. */
  reason: string;
  detail?: string;
}

export interface CancellationOrder {
  reason: 'CANCELADO_PELO_CLIENTE' | 'OUTROS';
  detail?: string;
}
