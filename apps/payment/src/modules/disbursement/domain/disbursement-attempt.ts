import type { Money } from '@consignado/finance';
import type { PayoutAccount } from './payout-account';

export type AttemptStatus = 'REQUESTED' | 'RELEASED' | 'FAILED';

export interface AttemptFailure {
  code: string;
  message: string;
  /** How many times the rail tried. */
  railAttempts: number;
  failedAt: Date;
}

/**
 * One transfer asked of the rail: `disbursementId` is its end-to-end key (FundsReleaseRequested),
 * fresh for every attempt. At most one attempt of a disbursement is REQUESTED or RELEASED (live).
 * `account` and `holderCpf` are absent once the customer's personal data was erased.
 */
export interface DisbursementAttempt {
  disbursementId: string;
  amount: Money;
  accountKind: PayoutAccount['kind'];
  account?: PayoutAccount;
  holderCpf?: string;
  /** The changedAt of the account it was sent to: a later account is a new one. */
  accountChangedAt: Date;
  status: AttemptStatus;
  requestedAt: Date;
  endToEndId?: string;
  releasedAt?: Date;
  failure?: AttemptFailure;
}

export const isLive = (attempt: DisbursementAttempt): boolean => attempt.status !== 'FAILED';
