import { fail, ok, type Result } from '@consignado/core';
import { CtcError } from '../ctc-error';
import { type Move, NOOP, type PortabilityState } from '../portability-state';
import type { Role } from '../rejection-reason';
import { onlyBy, refused } from './guards';

/**
 * The origin confirms it received the funds and settled the contract, with its payoff receipt
 * (QUIT-<NU> when it names none). Confirming again without a receipt, or with the same, is one.
 */
export function decideConfirmation(state: PortabilityState, by: Role, receipt: string | undefined, at: Date): Result<Move, CtcError> {
  const wrongSide = onlyBy('ORIGIN', by, 'confirmar a liquidação');
  if (wrongSide) return wrongSide;
  if (state.status === 'PORTABILITY_COMPLETED') {
    if (receipt === undefined || state.settlement?.receipt === receipt) return ok(NOOP);
    return fail(new CtcError('CTC.CONFIRMATION_CONFLICT', 'A liquidação já foi confirmada com outro comprovante.'));
  }
  if (state.status !== 'ACCEPTED_SETTLEMENT_COMPLETED') return refused(state, 'confirmar a liquidação de');
  return ok({ kind: 'TRANSITION', to: 'PORTABILITY_COMPLETED', patch: { settlement: { receipt: receipt ?? `QUIT-${state.nu}`, confirmedAt: at } } });
}

/** The origin sends the transfer back (STR0048): the portability ends in PAYMENT_ISSUE. */
export function decideReturnOfFunds(state: PortabilityState, by: Role, at: Date): Result<Move, CtcError> {
  const wrongSide = onlyBy('ORIGIN', by, 'devolver os recursos');
  if (wrongSide) return wrongSide;
  if (state.status === 'PAYMENT_ISSUE') return ok(NOOP);
  if (state.status !== 'ACCEPTED_SETTLEMENT_COMPLETED') return refused(state, 'devolver os recursos de');
  return ok({ kind: 'TRANSITION', to: 'PAYMENT_ISSUE', patch: { closure: { kind: 'PAYMENT_ISSUE', reason: 'DEVOLUCAO_STR0048', by: 'ORIGIN', at } } });
}
