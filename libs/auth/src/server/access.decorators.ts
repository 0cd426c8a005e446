import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuthError } from './auth.errors';
import type { ApiScope, Principal, StaffRole } from './principal';

export const PUBLIC_ROUTE = 'consignado:auth:public';
export const ACCESS_RULE = 'consignado:auth:rule';

/** What a route needs: every scope listed, and (for back-office actions) one of the roles. */
export interface AccessRule {
  readonly scopes: readonly ApiScope[];
  readonly roles?: readonly StaffRole[];
  /**
   * The data subject's own route (LGPD): a DIGITAL customer passes the role check too, and the
   * edge answers 404 unless the path's customer is theirs (`mayActFor`). Partners never pass.
   */
  readonly dataSubject?: boolean;
}

export type AuthenticatedRequest = Request & { principal?: Principal };

/** Health, metrics and docs: reachable without a token. Everything else is closed by default. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** A route (or every route of a controller) for callers holding these scopes (and a role). */
export function Secured(rule: AccessRule): MethodDecorator & ClassDecorator {
  const roles = rule.roles?.length ? `; papel: ${rule.roles.join(' ou ')}` : '';
  return applyDecorators(
    SetMetadata(ACCESS_RULE, rule),
    ApiBearerAuth('bearer'),
    ApiUnauthorizedResponse({ description: 'AUTH.TOKEN_MISSING, AUTH.TOKEN_INVALID or AUTH.TOKEN_EXPIRED' }),
    ApiForbiddenResponse({ description: `AUTH.INSUFFICIENT_SCOPE (escopo: ${rule.scopes.join(', ')})${roles ? ` or AUTH.ROLE_REQUIRED${roles}` : ''}` }),
  );
}

/** The caller established by the access guard. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw AuthError.missingToken();
  return principal;
});
