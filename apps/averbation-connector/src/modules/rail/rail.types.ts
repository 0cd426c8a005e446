import type { PayoutAccount } from '@consignado/contracts';

/** Statuses of a transfer at the payment rail. */
export const RAIL_TRANSFER_STATUSES = ['PENDING', 'SETTLED', 'REJECTED'] as const;
export type RailTransferStatus = (typeof RAIL_TRANSFER_STATUSES)[number];

/** What the connector files (the transfers API's body, in its field names); `transferId` is ours (the disbursement id) and keys the transfer there. */
export interface TransferOrder {
  transferId: string;
  amount: string;
  creditor: PayoutAccount;
  /** The holder's CPF, 11 digits: the rail checks the account is theirs. */
  creditorCpf: string;
  purpose: 'LOAN_RELEASE' | 'CREDIT_REFUND';
}

/** A transfer as the rail shows it; the outcome's fields only once it is settled or rejected. */
export interface RailTransfer {
  transferId: string;
  status: RailTransferStatus;
  /** SETTLED: the PIX end-to-end id, and when the money arrived. */
  endToEndId?: string;
  settledAt?: string;
  /** REJECTED: the rail's reason code (KEY_NOT_FOUND…) and pt-BR explanation. */
  reason?: string;
  message?: string;
  rejectedAt?: string;
}
