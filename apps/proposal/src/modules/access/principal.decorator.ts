import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { AuthError } from '@consignado/auth';
import type { ChannelRequest } from './channel.guard';
import type { Principal } from './domain/principal';

/** The caller as the channel API knows it, established by ChannelGuard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<ChannelRequest>().channelPrincipal;
  if (!principal) throw AuthError.missingToken();
  return principal;
});
