import { errors, type ClientView, type KoaContextWithOIDC } from 'oidc-provider';
import { API_RESOURCE } from '../domain/registry';
import { apiScopesOf, decideScopes } from '../domain/scopes';

/** Access tokens for the API: JWTs signed ES256, 15 minutes (token contract). */
export const ACCESS_TOKEN_TTL = 900;

/**
 * `features.resourceIndicators.getResourceServerInfo`: the only resource is the API, and a client
 * gets only the API scopes registered for it. oidc-provider checks a client's `scope` metadata for
 * its own (OIDC) scopes only, so the API scopes are checked here: a scope the client lacks is
 * refused with invalid_scope, and a client_credentials request without scope gets all of them.
 */
export async function resourceServerInfo(ctx: KoaContextWithOIDC, indicator: string, client: ClientView): Promise<Record<string, unknown>> {
  if (indicator !== API_RESOURCE) throw new errors.InvalidTarget('unknown resource indicator');
  const allowed = apiScopesOf(client.scope);
  applyScopePolicy(ctx, allowed);
  return {
    audience: API_RESOURCE,
    scope: allowed.join(' '),
    accessTokenTTL: ACCESS_TOKEN_TTL,
    accessTokenFormat: 'jwt',
    jwt: { sign: { alg: 'ES256' } },
  };
}

function applyScopePolicy(ctx: KoaContextWithOIDC, allowed: string[]): void {
  const params = ctx.oidc.params ?? {};
  const requested = typeof params['scope'] === 'string' ? params['scope'] : undefined;
  const clientCredentials = ctx.oidc.route === 'token' && params['grant_type'] === 'client_credentials';
  const decision = decideScopes(requested, allowed, clientCredentials);
  if (!decision.ok) throw new errors.InvalidScope('requested scope is not allowed', decision.refused);
  if (clientCredentials) params['scope'] = decision.scope;
}

/** `features.resourceIndicators.defaultResource`: requests without `resource` are for the API. */
export const defaultResource = (): string => API_RESOURCE;
