import type { PayloadOf } from '@consignado/contracts';
import type { IsoDate } from '@consignado/finance';
import { type CustomerContract, erasureVerdict, type ErasureVerdict } from './erasure-verdict';

type Request = PayloadOf<'DataSubjectErasureRequested'>;

/** Loan's one decision on an erasure request: the verdict over every contract of the customer. */
export interface ErasureDecision {
  readonly requestId: string;
  readonly customerId: string;
  readonly origin: Request['origin'];
  readonly proposalIds: readonly string[];
  readonly contractIds: readonly string[];
  readonly verdict: ErasureVerdict;
  readonly decidedAt: Date;
}

/** Decides `request` on the customer's contracts as they are on `today` (the business date of `now`). */
export function decideErasure(request: Request, contracts: readonly CustomerContract[], today: IsoDate, now: Date, retentionYears: number): ErasureDecision {
  return {
    requestId: request.requestId,
    customerId: request.customerId,
    origin: request.origin,
    proposalIds: [...request.proposalIds],
    contractIds: contracts.map((c) => c.contractId),
    verdict: erasureVerdict(contracts, today, retentionYears),
    decidedAt: now,
  };
}

/** DataSubjectErasureDecided: the request's proposals echoed, every contract named; why and until when on RETAIN. */
export function erasureDecided(d: ErasureDecision): PayloadOf<'DataSubjectErasureDecided'> {
  const v = d.verdict;
  return {
    requestId: d.requestId,
    customerId: d.customerId,
    origin: d.origin,
    decision: v.decision,
    proposalIds: [...d.proposalIds],
    contractIds: [...d.contractIds],
    ...(v.decision === 'RETAIN' ? { reason: v.reason } : {}),
    ...(v.decision === 'RETAIN' && v.reason === 'CONTRACT_RECORDS_RETENTION' ? { retainedUntil: v.retainedUntil.toString() } : {}),
    decidedAt: d.decidedAt.toISOString(),
  };
}
