import { API_SCOPES } from './registry';

/** Scopes oidc-provider itself handles (its `scopes` configuration). */
export const OIDC_SCOPES: readonly string[] = ['openid', 'offline_access'];

/** The API scopes in a client's registered `scope` metadata, in contract order. */
export function apiScopesOf(registered: string | undefined): string[] {
  const own = new Set((registered ?? '').split(' '));
  return API_SCOPES.filter((s) => own.has(s));
}

export type ScopeDecision = { ok: true; scope: string | undefined } | { ok: false; refused: string };

/**
 * Checks a requested `scope` parameter against the API scopes a client may get. A scope outside
 * the API (openid, offline_access) is left to oidc-provider; any other scope the client lacks is
 * refused. `defaultToAll` (client credentials) turns an absent scope into every allowed API scope.
 */
export function decideScopes(requested: string | undefined, allowed: readonly string[], defaultToAll: boolean): ScopeDecision {
  const values = (requested ?? '').split(' ').filter(Boolean);
  if (values.length === 0) return { ok: true, scope: defaultToAll && allowed.length ? allowed.join(' ') : requested };
  const refused = values.find((s) => !allowed.includes(s) && !isOidcScope(s));
  return refused ? { ok: false, refused } : { ok: true, scope: requested };
}

const isOidcScope = (scope: string): boolean => OIDC_SCOPES.includes(scope);
