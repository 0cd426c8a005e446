import type { PayloadOf } from '@consignado/contracts';
import { AlreadyAnonymizedError, ProposalInProgressError } from './data-subject.errors';

export type ErasureOrigin = PayloadOf<'DataSubjectErasureRequested'>['origin'];
export type ErasureState = 'PENDING' | 'ANONYMIZED' | 'RETAINED';
type Decision = PayloadOf<'DataSubjectErasureDecided'>;

export interface ErasureRequestProps {
  readonly id: string;
  readonly customerId: string;
  readonly origin: ErasureOrigin;
  /** Who asked: the customer id, the officer's or system's id, or `retention`. */
  readonly requestedBy: string;
  readonly requestedAt: Date;
  readonly proposalIds: readonly string[];
  readonly state: ErasureState;
  readonly reason?: Decision['reason'];
  readonly retainedUntil?: string;
  readonly contractIds?: readonly string[];
  readonly decidedAt?: Date;
}

/** What opening a request needs to know about the customer. */
export interface SubjectStanding {
  readonly anonymized: boolean;
  readonly proposals: ReadonlyArray<{ readonly id: string; readonly final: boolean }>;
}

/**
 * An erasure request (LGPD art. 18 IV/VI, R-SEC-3): opened for a customer with no proposal in
 * progress, raising DataSubjectErasureRequested for loan to decide; closed by loan's decision —
 * ANONYMIZED, or RETAINED while a contract obliges keeping the data.
 */
export class ErasureRequest {
  private constructor(private current: ErasureRequestProps) {}

  static open(input: Omit<ErasureRequestProps, 'state' | 'proposalIds'>, standing: SubjectStanding): { request: ErasureRequest; event: PayloadOf<'DataSubjectErasureRequested'> } {
    if (standing.anonymized) throw new AlreadyAnonymizedError();
    const inProgress = standing.proposals.filter((p) => !p.final).map((p) => p.id);
    if (inProgress.length > 0) throw new ProposalInProgressError(inProgress);
    const request = new ErasureRequest({ ...input, state: 'PENDING', proposalIds: standing.proposals.map((p) => p.id) });
    const { id: requestId, customerId, origin, proposalIds } = request.current;
    return { request, event: { requestId, customerId, origin, proposalIds: [...proposalIds], requestedAt: input.requestedAt.toISOString() } };
  }

  static restore(props: ErasureRequestProps): ErasureRequest {
    return new ErasureRequest(props);
  }

  get props(): ErasureRequestProps {
    return this.current;
  }

  /** Applies loan's decision once; false when the request was already closed (a replay). */
  close(decision: Decision): boolean {
    if (this.current.state !== 'PENDING') return false;
    const state: ErasureState = decision.decision === 'ANONYMIZE' ? 'ANONYMIZED' : 'RETAINED';
    const { reason, retainedUntil, contractIds } = decision;
    this.current = { ...this.current, state, reason, retainedUntil, contractIds, decidedAt: new Date(decision.decidedAt) };
    return true;
  }
}
