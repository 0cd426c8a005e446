import { DeadlinePolicy, type ExchangeTime } from '../deadline-policy';
import { type Move, NOOP, type PortabilityState } from '../portability-state';

/**
 * The exchange's own move when a deadline passed: no answer by the answer deadline →
 * DECURSO_DO_PRAZO; no transfer by the due-balance limit date → DECURSO_DO_PRAZO_PARA_PAGAMENTO.
 * A late confirmation is not the exchange's to decide (the money moved): it is only reported.
 */
export function decideExpiry(state: PortabilityState, time: ExchangeTime): Move {
  const limit = state.answer?.dueBalanceLimitDate;
  const reason =
    state.status === 'PENDING' && DeadlinePolicy.isPast(state.answerDeadline, time.today)
      ? 'DECURSO_DO_PRAZO'
      : state.status === 'ACCEPTED_SETTLEMENT_IN_PROGRESS' && limit && DeadlinePolicy.isPast(limit, time.today)
        ? 'DECURSO_DO_PRAZO_PARA_PAGAMENTO'
        : undefined;
  if (!reason) return NOOP;
  return { kind: 'TRANSITION', to: 'REJECTED', patch: { closure: { kind: 'REJECTED', reason, by: 'EXCHANGE', at: time.now } } };
}
