import { fail, ok, type Result } from '@consignado/core';
import type { Money } from '@consignado/finance';
import { CtcError } from '../ctc-error';
import type { DeadlinePolicy, ExchangeTime } from '../deadline-policy';
import { type Move, NOOP, type PortabilityState } from '../portability-state';
import type { Role } from '../rejection-reason';
import { onlyBy, refused } from './guards';

/**
 * The destination pays the answered balance (TED, STR0047), exactly: another amount is refused and
 * nothing is recorded. The same transfer again changes nothing.
 */
export function decideTransfer(state: PortabilityState, by: Role, amount: Money, time: ExchangeTime, policy: DeadlinePolicy): Result<Move, CtcError> {
  const wrongSide = onlyBy('DESTINATION', by, 'transferir o saldo');
  if (wrongSide) return wrongSide;
  if (state.transfer?.amount.eq(amount)) return ok(NOOP);
  if (state.status !== 'ACCEPTED_SETTLEMENT_IN_PROGRESS' || !state.answer) return refused(state, 'transferir o saldo de');
  if (!amount.eq(state.answer.balance)) {
    return fail(new CtcError('CTC.TRANSFER_AMOUNT_MISMATCH', 'O valor transferido deve ser igual ao saldo devedor informado pela origem.', { amount: amount.toString(), balance: state.answer.balance.toString() }));
  }
  const transfer = { amount, transferredAt: time.now, transferDate: time.today, confirmationDeadline: policy.confirmationDeadline(time.today) };
  return ok({ kind: 'TRANSITION', to: 'ACCEPTED_SETTLEMENT_COMPLETED', patch: { transfer } });
}
