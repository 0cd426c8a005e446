import type { Money } from '@consignado/finance';
import type { Creditor } from './creditor';
import type { RejectionReason } from './rejection-reason';

export const TRANSFER_STATUSES = ['PENDING', 'SETTLED', 'REJECTED'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export const TRANSFER_PURPOSES = ['LOAN_RELEASE', 'CREDIT_REFUND'] as const;
export type TransferPurpose = (typeof TRANSFER_PURPOSES)[number];

/** The bank's order: `transferId` is the bank's own key, so a retried order never pays twice. */
export interface TransferRequest {
  readonly transferId: string;
  readonly amount: Money;
  readonly creditor: Creditor;
  /** The CPF the creditor account must belong to (11 digits). */
  readonly creditorCpf: string;
  readonly purpose: TransferPurpose;
}

/** How the transfer ends: settled, or rejected with a reason and its pt-BR explanation. */
export type Settlement = { readonly outcome: 'SETTLED' } | { readonly outcome: 'REJECTED'; readonly reason: RejectionReason; readonly message: string };

/** The settlement a transfer gets, fixed when it is filed: deterministic, and the same after a restart. */
export interface SettlementPlan {
  readonly settlement: Settlement;
  readonly settlementMs: number;
}

export interface TransferState {
  readonly request: TransferRequest;
  /** Given at filing, shown once SETTLED: 'E' + payer ISPB + yyyyMMddHHmm (UTC) + 11 alphanumerics. */
  readonly endToEndId: string;
  readonly filedAt: Date;
  /** When the transfer settles or is rejected: dated then, whenever it is first read. */
  readonly settlesAt: Date;
  readonly settlement: Settlement;
  status: TransferStatus;
}
