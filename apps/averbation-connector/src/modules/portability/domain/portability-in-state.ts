import type { CtcAnswer, CtcClosure, CtcRetentionOffer, CtcStatus } from '../../exchange/ctc.types';
import type { Cause } from './cause';
import type { RequestFailure, TransferFailure } from './exchange-reasons';

/**
 * Where a portability in (we are the destination) stands. OPENING, TRANSFERRING and CANCELLING
 * wait for an exchange call (the row is the job); the others wait for the exchange's feed or for
 * loan, or are over.
 */
export type PortabilityInStatus =
  | 'OPENING'
  | 'AWAITING_BALANCE'
  | 'BALANCE_RECEIVED'
  | 'LAPSED'
  | 'TRANSFERRING'
  | 'AWAITING_SETTLEMENT'
  | 'COMPLETED'
  | 'REQUEST_FAILED'
  | 'TRANSFER_FAILED'
  | 'CANCELLING'
  | 'CANCELLED'
  | 'CANCELLATION_FAILED';

/** The exchange call a pending portability in waits for. */
export type InStep = 'OPEN' | 'TRANSFER' | 'CANCEL';

export interface PortabilityInState {
  readonly id: string;
  readonly proposalId: string;
  /** Whose portability (PortabilityBalanceRequested's customerId); absent on requests recorded before it was kept. */
  readonly customerId?: string;
  readonly originIspb: string;
  readonly originContractNumber: string;
  /** Only until the exchange registered the request (the open call must send it again on a retry). */
  cpf?: string;
  status: PortabilityInStatus;
  portabilityNumber?: string;
  /** The last status the exchange showed us. */
  exchangeStatus?: CtcStatus;
  answer?: CtcAnswer;
  /** A retention counter-offer the origin showed (kept even if a later answer drops it). */
  retentionOffer?: CtcRetentionOffer;
  closure?: CtcClosure;
  contractId?: string;
  transferAmount?: string;
  settlementReceipt?: string;
  /** What was reported when it ended without completing. */
  failure?: RequestFailure | TransferFailure;
  /** PortabilityBalanceRequested (the latest, when asked again): causes the balance's events. */
  balanceCause: Cause;
  /** PortabilityTransferRequested: causes the transfer's events. */
  transferCause?: Cause;
  attempts: number;
  nextAttemptAt: Date;
  lastError?: { code: string; message: string };
}
