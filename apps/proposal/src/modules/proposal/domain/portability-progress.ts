import type { PayloadOf, PortabilityTerms, RetentionOffer } from '@consignado/contracts';

/** Where a portability failed: the origin's balance never came, or the transfer did not complete. */
export type PortabilityFailureStage = 'BALANCE_REQUEST' | 'TRANSFER';

export interface PortabilityFailure {
  readonly stage: PortabilityFailureStage;
  /** The event's reason, e.g. CUSTOMER_RETAINED, FUNDS_RETURNED. */
  readonly reason: string;
  /** The exchange's code, e.g. PORTABILITY.RETENCAO_DO_CLIENTE. */
  readonly code: string;
  /** pt-BR, as the exchange's participant reported it. */
  readonly message: string;
  readonly at: string;
}

export interface PortabilityTransfer {
  readonly amount: string;
  readonly requestedAt?: string;
  /** The origin confirmed its settlement: from here on the portability can no longer be cancelled. */
  readonly completedAt?: string;
  readonly settlementReceipt?: string;
}

/**
 * A portability in as it unfolds at the exchange (R-LN-7, R-LN-11), from its events: the NU and
 * the origin's statement (PortabilityBalanceReceived, then as approved), the transfer and its
 * settlement, or the failure. The origin named in the request stays in ProposalRequest.
 */
export interface PortabilityProgress {
  readonly portabilityNumber?: string;
  readonly balance?: string;
  readonly balanceDate?: string;
  readonly remainingInstallments?: number;
  readonly originInstallment?: string;
  readonly originMonthlyRate?: string;
  /** Last date the destination may transfer the balance. */
  readonly dueBalanceLimitDate?: string;
  readonly retentionOffer?: RetentionOffer;
  readonly balanceReceivedAt?: string;
  readonly transfer?: PortabilityTransfer;
  readonly failure?: PortabilityFailure;
}

type Progress = PortabilityProgress | undefined;

function statement(t: PortabilityTerms): PortabilityProgress {
  const { portabilityNumber, balance, balanceDate, remainingInstallments, originInstallment, originMonthlyRate } = t;
  return { portabilityNumber, balance, balanceDate, remainingInstallments, originInstallment, ...(originMonthlyRate ? { originMonthlyRate } : {}) };
}

export const portabilityProgress = {
  balanceReceived: (p: Progress, e: PayloadOf<'PortabilityBalanceReceived'>): PortabilityProgress => ({
    ...p,
    ...statement(e.terms),
    dueBalanceLimitDate: e.dueBalanceLimitDate,
    ...(e.retentionOffer ? { retentionOffer: e.retentionOffer } : {}),
    balanceReceivedAt: e.receivedAt,
  }),
  /** The terms credit analysis approved on: the same statement, authoritative once approved. */
  approved: (p: Progress, terms: PortabilityTerms): PortabilityProgress => ({ ...p, ...statement(terms) }),
  requestFailed: (p: Progress, e: PayloadOf<'PortabilityRequestFailed'>): PortabilityProgress => ({
    ...p,
    ...(e.portabilityNumber ? { portabilityNumber: e.portabilityNumber } : {}),
    failure: { stage: 'BALANCE_REQUEST', reason: e.reason, code: e.code, message: e.message, at: e.failedAt },
  }),
  transferRequested: (p: Progress, e: PayloadOf<'PortabilityTransferRequested'>): PortabilityProgress => ({
    ...p,
    portabilityNumber: e.portabilityNumber,
    transfer: { ...p?.transfer, amount: e.amount, requestedAt: e.requestedAt },
  }),
  transferCompleted: (p: Progress, e: PayloadOf<'PortabilityTransferCompleted'>): PortabilityProgress => ({
    ...p,
    portabilityNumber: e.portabilityNumber,
    transfer: { ...p?.transfer, amount: e.amount, completedAt: e.completedAt, ...(e.settlementReceipt ? { settlementReceipt: e.settlementReceipt } : {}) },
  }),
  transferFailed: (p: Progress, e: PayloadOf<'PortabilityTransferFailed'>): PortabilityProgress => ({
    ...p,
    portabilityNumber: e.portabilityNumber,
    failure: { stage: 'TRANSFER', reason: e.reason, code: e.code, message: e.message, at: e.failedAt },
  }),
};

/** The origin confirmed its settlement: the money moved and the origin's contract is gone. */
export const portabilitySettled = (p: Progress): boolean => p?.transfer?.completedAt !== undefined;
