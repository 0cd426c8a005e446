import type { PayoutAccount } from '@consignado/contracts';
import type { RailTransferStatus } from '../../rail/rail.types';
import type { Cause } from '../../portability/domain/cause';

/**
 * Where a release of funds stands. FILING, PENDING and CHECKING wait for a rail call (the row is
 * the job): file the transfer; ask about it until it settles; after the filing budget is spent,
 * ask whether the rail holds it at all. RELEASED and FAILED are final and reported.
 */
export type DisbursementStatus = 'FILING' | 'PENDING' | 'CHECKING' | 'RELEASED' | 'FAILED';

export type DisbursementStep = 'FILE' | 'POLL' | 'CHECK';

export interface DisbursementFailure {
  /** RAIL.<REASON> of a rejection (RAIL.HOLDER_MISMATCH…), the rail's refusal, or RAIL.UNAVAILABLE. */
  readonly code: string;
  /** pt-BR: the rail's own explanation, or ours. */
  readonly message: string;
  readonly failedAt: string;
}

export interface DisbursementState {
  /** Payment's disbursement id: the rail keys the transfer on it (its transferId), and so does this table. */
  readonly id: string;
  readonly contractId: string;
  readonly customerId: string;
  readonly purpose: 'LOAN_RELEASE' | 'CREDIT_REFUND';
  readonly amount: string;
  /** Personal data: sealed at rest (its key or number); gone once the customer's data is erased (finished rows only). */
  readonly account?: PayoutAccount;
  /** Personal data: sealed at rest; gone once erased, as the account. */
  readonly holderCpf?: string;
  readonly requestedAt: string;
  /** The FundsReleaseRequested the disbursement's events are caused by (its id and metadata only). */
  readonly request: Cause;
  status: DisbursementStatus;
  /** Filing calls made, answered or not: FundsReleaseFailed's `attempts`. */
  filings: number;
  /** The rail's status as last seen. */
  railStatus?: RailTransferStatus;
  endToEndId?: string;
  releasedAt?: string;
  failure?: DisbursementFailure;
  /** Failed calls in a row (reset by any answer). */
  attempts: number;
  nextAttemptAt: Date;
  lastError?: { code: string; message: string };
}
