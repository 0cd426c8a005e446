import type { CanActivate, ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { ACCESS_RULE, type AccessRule, type AuthenticatedRequest, PUBLIC_ROUTE } from './access.decorators';
import type { AccessTokenVerifier } from './access-token.verifier';
import { AuthError } from './auth.errors';
import { authorize } from './authorize';

/**
 * The global guard of every service API (R-SEC-1): a route is public only when it says so; any
 * other needs a valid bearer token and passes its `@Secured` rule. A route with no rule is
 * refused, so a forgotten decorator fails closed. Runs before body validation.
 */
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    try {
      const principal = await this.verifier.verify(bearerToken(request.header('authorization')));
      authorize(principal, this.reflector.getAllAndOverride<AccessRule>(ACCESS_RULE, targets));
      request.principal = principal;
      return true;
    } catch (error) {
      challenge(http.getResponse<Response>(), error);
      throw error;
    }
  }
}

function bearerToken(header: string | undefined): string {
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header ?? '');
  if (!match) throw header ? AuthError.invalidToken() : AuthError.missingToken();
  return match[1];
}

/** RFC 6750 §3: tell the client which kind of failure it met. */
function challenge(response: Response, error: unknown): void {
  const code = error instanceof AuthError ? error.code : '';
  if (code === 'AUTH.TOKEN_MISSING') response.setHeader('WWW-Authenticate', 'Bearer realm="consignado"');
  else if (code.startsWith('AUTH.TOKEN_')) response.setHeader('WWW-Authenticate', 'Bearer realm="consignado", error="invalid_token"');
  else if (code === 'AUTH.INSUFFICIENT_SCOPE') response.setHeader('WWW-Authenticate', 'Bearer realm="consignado", error="insufficient_scope"');
}
