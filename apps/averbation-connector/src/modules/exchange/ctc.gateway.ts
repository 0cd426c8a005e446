import type { CtcResult } from './ctc-failure';
import type { BalanceAnswerOrder, CancellationOrder, OpenPortabilityOrder, RejectionOrder } from './ctc-orders';
import type { CtcFeedPage, CtcPortability } from './ctc.types';

export const CTC_GATEWAY = Symbol('CTC_GATEWAY');

/**
 * Port: our participant at the interbank portability exchange (apps/ctc-mock describes the
 * routes). Never throws for the exchange's behaviour: answers, refusals, timeouts and outages all
 * come back as results. Every move is idempotent at the exchange (the same move again answers the
 * portability unchanged), so a retry after a timeout that landed is safe. `signal` aborts the call
 * when this instance stops.
 */
export interface CtcGateway {
  /** POST /v1/portabilities with the order's Idempotency-Key (destination). */
  open(order: OpenPortabilityOrder, signal?: AbortSignal): Promise<CtcResult<CtcPortability>>;
  get(nu: string, signal?: AbortSignal): Promise<CtcResult<CtcPortability>>;
  /** POST …/balance (origin). */
  answerBalance(nu: string, order: BalanceAnswerOrder, signal?: AbortSignal): Promise<CtcResult<CtcPortability>>;
  /** POST …/rejection (origin while pending, destination after the answer). */
  reject(nu: string, order: RejectionOrder, signal?: AbortSignal): Promise<CtcResult<CtcPortability>>;
  /** POST …/transfer: exactly the answered balance (destination). */
  transfer(nu: string, amount: string, signal?: AbortSignal): Promise<CtcResult<CtcPortability>>;
  /** POST …/settlement-confirmation with our payoff receipt (origin). */
  confirmSettlement(nu: string, receipt: string, signal?: AbortSignal): Promise<CtcResult<CtcPortability>>;
  /** POST …/cancellation, only until the transfer (destination). */
  cancel(nu: string, order: CancellationOrder, signal?: AbortSignal): Promise<CtcResult<CtcPortability>>;
  /** GET /v1/messages?after=&limit=: status changes concerning us, oldest first, at least once. */
  readFeed(after: string, limit: number, signal?: AbortSignal): Promise<CtcResult<CtcFeedPage>>;
  /** Resolves when the exchange answers its liveness probe. */
  ping(): Promise<void>;
}
