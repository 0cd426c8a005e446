import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiKeyRegistry } from './domain/api-key-registry';
import { InvalidApiKeyError, UnknownChannelError } from './domain/access.errors';
import { channelOfSegment } from './domain/channel';
import type { Principal } from './domain/principal';

export type AuthenticatedRequest = Request & { principal?: Principal };

/**
 * Every route under `/v1/{digital|corban|internal}/…` needs an X-Api-Key of that channel
 * (R-PR-1). Runs before body validation, so an unauthenticated caller learns nothing else.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(ApiKeyRegistry) private readonly registry: ApiKeyRegistry) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const channel = channelOfSegment(request.path.split('/')[2]);
    if (!channel) throw new UnknownChannelError();
    const principal = this.registry.resolve(request.header('x-api-key'), channel);
    if (!principal) throw new InvalidApiKeyError();
    request.principal = principal;
    return true;
  }
}
