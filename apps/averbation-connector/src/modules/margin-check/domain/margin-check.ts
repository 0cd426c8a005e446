import type { EventEnvelope, PayloadOf } from '@consignado/contracts';
import type { DataprevMargin, DataprevResult } from '../../dataprev/dataprev.types';
import type { RetryPolicy } from '../../jobs/domain/retry-policy';

export type MarginCheckStatus = 'PENDING' | 'CHECKED' | 'FAILED';

export const MARGIN_CHECK_TRANSITIONS: Readonly<Record<MarginCheckStatus, readonly MarginCheckStatus[]>> = {
  PENDING: ['PENDING', 'CHECKED', 'FAILED'],
  CHECKED: [],
  FAILED: [],
};

export type MarginCheckEvent =
  | { type: 'MarginChecked'; payload: PayloadOf<'MarginChecked'> }
  | { type: 'MarginCheckFailed'; payload: PayloadOf<'MarginCheckFailed'> };

export interface MarginCheckState {
  readonly id: string;
  readonly request: EventEnvelope<'MarginCheckRequested'>;
  status: MarginCheckStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError?: { code: string; message: string };
}

/** MarginChecked for a request, from Dataprev or from the cache (R-AV-3). */
export function marginChecked(request: PayloadOf<'MarginCheckRequested'>, margin: DataprevMargin, fromCache: boolean): Extract<MarginCheckEvent, { type: 'MarginChecked' }> {
  return { type: 'MarginChecked', payload: { proposalId: request.proposalId, benefitNumber: request.benefitNumber, ...margin, fromCache } };
}

/**
 * One margin query for credit analysis (R-AV-1): Dataprev's answer raises MarginChecked; a
 * refusal (unknown benefit, invalid CPF) fails at once; transient failures are retried with
 * backoff and only the last one is reported, since credit analysis rejects on MarginCheckFailed.
 * The worker pulls the raised events into the outbox in its transaction.
 */
export class MarginCheck {
  private events: MarginCheckEvent[] = [];

  constructor(private readonly state: MarginCheckState) {}

  static requested(id: string, request: EventEnvelope<'MarginCheckRequested'>, now: Date): MarginCheck {
    return new MarginCheck({ id, request, status: 'PENDING', attempts: 0, nextAttemptAt: now });
  }

  get snapshot(): Readonly<MarginCheckState> {
    return this.state;
  }

  /** Events raised since the last pull, oldest first. */
  pullEvents(): MarginCheckEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  record(outcome: DataprevResult<DataprevMargin>, now: Date, policy: RetryPolicy, random: () => number = Math.random): void {
    if (this.state.status !== 'PENDING') return;
    if (outcome.ok) {
      this.move('CHECKED');
      this.events.push(marginChecked(this.state.request.payload, outcome.value, false));
      return;
    }
    const { failure } = outcome;
    this.state.attempts += 1;
    this.state.lastError = { code: failure.code, message: failure.message };
    const delay = failure.kind === 'TRANSIENT' ? policy.nextDelayMs(this.state.attempts, random) : undefined;
    if (delay !== undefined) {
      this.state.nextAttemptAt = new Date(now.getTime() + delay);
      return;
    }
    this.move('FAILED');
    const transient = failure.kind === 'TRANSIENT';
    const p = this.state.request.payload;
    this.events.push({
      type: 'MarginCheckFailed',
      payload: {
        proposalId: p.proposalId,
        benefitNumber: p.benefitNumber,
        code: failure.code,
        message: transient ? `${failure.message} Margem não consultada após ${this.state.attempts} tentativas.` : failure.message,
        // The contract's meaning: a transient cause, so a new proposal later may succeed.
        retryable: transient,
        attempts: this.state.attempts,
      },
    });
  }

  private move(to: MarginCheckStatus): void {
    if (!MARGIN_CHECK_TRANSITIONS[this.state.status].includes(to)) throw new Error(`margin check ${this.state.id}: illegal transition ${this.state.status} → ${to}`);
    this.state.status = to;
  }
}
