import type { Money } from '@consignado/finance';
import { sameCreditor } from './creditor';
import { REJECTION_REASONS, type RejectionReason } from './rejection-reason';
import type { Settlement, SettlementPlan, TransferRequest, TransferState } from './transfer-state';

/** A rejection for `reason`, with the given explanation or the rail's standard one. */
export const rejection = (reason: RejectionReason, message?: string): Settlement => ({ outcome: 'REJECTED', reason, message: message ?? REJECTION_REASONS[reason] });

/**
 * A PIX transfer at the rail: PENDING when filed, then SETTLED (with its end-to-end id) or
 * REJECTED once its settlement is due. The outcome and its time are fixed at filing, so reading
 * it late, twice or after a restart always tells the same story.
 */
export class Transfer {
  constructor(private readonly s: TransferState) {}

  static file(request: TransferRequest, endToEndId: string, filedAt: Date, plan: SettlementPlan): Transfer {
    return new Transfer({ request, endToEndId, filedAt, settlesAt: new Date(filedAt.getTime() + plan.settlementMs), settlement: plan.settlement, status: 'PENDING' });
  }

  get state(): Readonly<TransferState> {
    return this.s;
  }

  /** Settles (or rejects) once due; true when the status changed (and must be saved). */
  settle(now: Date): boolean {
    if (this.s.status !== 'PENDING' || now < this.s.settlesAt) return false;
    this.s.status = this.s.settlement.outcome;
    return true;
  }

  /** The same order again: same amount, creditor, CPF and purpose. */
  isSameFiling(other: TransferRequest): boolean {
    const r = this.s.request;
    return r.amount.eq(other.amount) && sameCreditor(r.creditor, other.creditor) && r.creditorCpf === other.creditorCpf && r.purpose === other.purpose;
  }

  /** When it settled or was rejected: the planned time, not the time it was read. */
  get decidedAt(): Date | undefined {
    return this.s.status === 'PENDING' ? undefined : this.s.settlesAt;
  }

  /** The end-to-end id, only for a settled transfer (a rejected one moved no money). */
  get settledEndToEndId(): string | undefined {
    return this.s.status === 'SETTLED' ? this.s.endToEndId : undefined;
  }

  get amount(): Money {
    return this.s.request.amount;
  }
}
