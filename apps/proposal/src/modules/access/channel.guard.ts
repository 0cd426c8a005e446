import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthError, type AuthenticatedRequest, type Principal as Caller } from '@consignado/auth';
import { channelOfSegment } from './domain/channel';
import { UnknownChannelError } from './domain/access.errors';
import type { Principal } from './domain/principal';

export type ChannelRequest = AuthenticatedRequest & { channelPrincipal?: Principal };

/** Back-office origination is an operator's job: systems and staff need this role. */
export const ORIGINATION_ROLE = 'OPERATOR';

/**
 * After the access guard has verified the token: a route under `/v1/{digital|corban|internal}/…`
 * is for callers of that channel only (R-PR-1) — a partner's token opens no digital route and
 * a customer's no corban one; INTERNAL callers also need the OPERATOR role.
 */
@Injectable()
export class ChannelGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<ChannelRequest>();
    const channel = channelOfSegment(request.path.split('/')[2]);
    if (!channel) throw new UnknownChannelError();
    const caller = request.principal;
    if (!caller) throw AuthError.missingToken();
    if (caller.channel !== channel) throw AuthError.channelForbidden();
    if (caller.channel === 'INTERNAL' && !caller.roles.includes(ORIGINATION_ROLE)) throw AuthError.roleRequired([ORIGINATION_ROLE]);
    request.channelPrincipal = channelPrincipal(caller);
    return true;
  }
}

function channelPrincipal(caller: Caller): Principal {
  if (caller.channel === 'DIGITAL') return { channel: 'DIGITAL', customerId: caller.customerId, cpf: caller.cpf };
  if (caller.channel === 'CORBAN') return { channel: 'CORBAN', partnerId: caller.partnerId };
  return { channel: 'INTERNAL', operatorId: caller.operatorId };
}
