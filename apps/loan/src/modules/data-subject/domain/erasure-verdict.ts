import { civilDateInBrazil, type IsoDate } from '@consignado/finance';
import { type ContractStatus, isClosed } from '../../contract/domain/contract-status';

/** What the rule needs of each of the customer's contracts. */
export interface CustomerContract {
  readonly contractId: string;
  readonly status: ContractStatus;
  /** When it was settled or cancelled; absent while it is not closed. */
  readonly closedAt?: Date;
}

export type ErasureVerdict =
  | { readonly decision: 'ANONYMIZE' }
  | { readonly decision: 'RETAIN'; readonly reason: 'CONTRACT_IN_FORCE' }
  | { readonly decision: 'RETAIN'; readonly reason: 'CONTRACT_RECORDS_RETENTION'; readonly retainedUntil: IsoDate };

/**
 * Whether a customer's personal data may be anonymized on `today` (LGPD art. 16 I: kept while a
 * legal obligation requires it). A contract not closed (not settled nor cancelled) needs it
 * (CONTRACT_IN_FORCE); otherwise the records are kept `retentionYears` after the latest closing —
 * its Brazilian civil date — and `retainedUntil`, that date plus the years, is the first day they
 * may go. No contract at all, or that day reached: ANONYMIZE.
 */
export function erasureVerdict(contracts: readonly CustomerContract[], today: IsoDate, retentionYears: number): ErasureVerdict {
  if (contracts.some((c) => !isClosed(c.status))) return { decision: 'RETAIN', reason: 'CONTRACT_IN_FORCE' };
  if (contracts.length === 0) return { decision: 'ANONYMIZE' };
  const closings = contracts.map(closingDate).sort((a, b) => (a.isBefore(b) ? -1 : a.isAfter(b) ? 1 : 0));
  const retainedUntil = closings[closings.length - 1].plusMonths(12 * retentionYears);
  return today.isBefore(retainedUntil) ? { decision: 'RETAIN', reason: 'CONTRACT_RECORDS_RETENTION', retainedUntil } : { decision: 'ANONYMIZE' };
}

function closingDate(c: CustomerContract): IsoDate {
  // Every path to SETTLED or CANCELLED stamps its time: a closed contract without it is corrupt.
  if (!c.closedAt) throw new Error(`contract ${c.contractId} is ${c.status} without a closing time`);
  return civilDateInBrazil(c.closedAt);
}
