import { type AccessRule, AuthError, type Principal } from '@consignado/auth';
import { ORIGINATION_ROLE } from '../../../access/channel.guard';
import { PartnerNotFoundError } from '../../domain/commission.errors';

/** The route's rule: scope `origination`, which corban partners and origination staff hold. */
export const STATEMENT_RULE: AccessRule = { scopes: ['origination'] };

/**
 * Who reads a partner's commission statement (R-PR-1, R-PR-5): the partner itself — another
 * partner's is 404, as its proposals are — and INTERNAL callers with the OPERATOR role, who see
 * every proposal, for any partner. Customers never (403 AUTH.CHANNEL_FORBIDDEN).
 */
export function assertMayReadStatement(caller: Principal, partnerId: string): void {
  if (caller.channel === 'CORBAN') {
    if (caller.partnerId.toLowerCase() !== partnerId.toLowerCase()) throw new PartnerNotFoundError();
    return;
  }
  if (caller.channel === 'DIGITAL') throw AuthError.channelForbidden();
  if (!caller.roles.includes(ORIGINATION_ROLE)) throw AuthError.roleRequired([ORIGINATION_ROLE]);
}
