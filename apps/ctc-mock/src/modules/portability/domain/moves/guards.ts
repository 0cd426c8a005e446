import { fail, type Result } from '@consignado/core';
import { CtcError } from '../ctc-error';
import type { PortabilityState } from '../portability-state';
import type { Role } from '../rejection-reason';

const WHO: Record<Role, string> = { ORIGIN: 'a instituição credora (origem)', DESTINATION: 'a instituição proponente (destino)' };

/** The move belongs to one side of the portability; the other side is refused (403). */
export function onlyBy(role: Role, by: Role, action: string): Result<never, CtcError> | undefined {
  return by === role ? undefined : fail(new CtcError('CTC.ROLE_FORBIDDEN', `Somente ${WHO[role]} pode ${action}.`, { requiredRole: role }));
}

/**
 * The move is not possible in the current status: a deadline that passed says so (422), any other
 * status is an illegal transition (409).
 */
export function refused(state: PortabilityState, action: string): Result<never, CtcError> {
  const details = { status: state.status, action };
  if (state.closure?.by === 'EXCHANGE') {
    return fail(new CtcError('CTC.DEADLINE_EXPIRED', `Prazo encerrado: a portabilidade foi recusada por ${state.closure.reason}.`, { ...details, reason: state.closure.reason }));
  }
  return fail(new CtcError('CTC.ILLEGAL_TRANSITION', `Não é possível ${action} uma portabilidade em ${state.status}.`, details));
}
