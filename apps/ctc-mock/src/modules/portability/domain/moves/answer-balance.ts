import { fail, ok, type Result } from '@consignado/core';
import { CtcError } from '../ctc-error';
import type { DeadlinePolicy, ExchangeTime } from '../deadline-policy';
import { type Move, NOOP, type PortabilityState } from '../portability-state';
import type { Role } from '../rejection-reason';
import { type OriginAnswer, sameAnswer } from '../terms';
import { onlyBy, refused } from './guards';

const ACTION = 'informar o saldo devedor de';

/**
 * The origin answers with the balance. With a retention offer the portability stays PENDING (the
 * customer decides; the origin then refuses with RETENCAO_DO_CLIENTE or answers again without the
 * offer); without one it is ACCEPTED_SETTLEMENT_IN_PROGRESS and the destination must transfer by
 * the due-balance limit date. The same answer again changes nothing; another one is a conflict.
 */
export function decideAnswer(state: PortabilityState, by: Role, answer: OriginAnswer, time: ExchangeTime, policy: DeadlinePolicy): Result<Move, CtcError> {
  const wrongSide = onlyBy('ORIGIN', by, 'informar o saldo devedor');
  if (wrongSide) return wrongSide;
  if (state.answer && sameAnswer(state.answer, answer)) return ok(NOOP);
  if (state.status !== 'PENDING') {
    if (state.answer?.dueBalanceLimitDate && !state.closure) return fail(new CtcError('CTC.ANSWER_CONFLICT', 'O saldo devedor já foi informado com outros dados.', { status: state.status }));
    return refused(state, ACTION);
  }
  const record = { ...answer, answeredAt: time.now, answerDate: time.today };
  if (answer.retentionOffer) return ok({ kind: 'RECORD', patch: { answer: record } });
  return ok({ kind: 'TRANSITION', to: 'ACCEPTED_SETTLEMENT_IN_PROGRESS', patch: { answer: { ...record, dueBalanceLimitDate: policy.dueBalanceLimit(time.today) } } });
}
