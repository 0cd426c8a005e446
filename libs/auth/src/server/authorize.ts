import type { AccessRule } from './access.decorators';
import { AuthError } from './auth.errors';
import type { Principal } from './principal';

/**
 * A verified principal against a route's rule: every scope required; with roles, only INTERNAL
 * callers holding one of them (or, on a data subject's route, the DIGITAL customer). No rule at
 * all is a refusal (fail closed).
 */
export function authorize(principal: Principal, rule: AccessRule | undefined): void {
  if (!rule) throw AuthError.insufficientScope(['(rota sem regra de acesso)']);
  const missing = rule.scopes.filter((s) => !principal.scopes.includes(s));
  if (missing.length > 0) throw AuthError.insufficientScope(missing);
  if (!rule.roles?.length) return;
  if (rule.dataSubject && principal.channel === 'DIGITAL') return;
  if (principal.channel !== 'INTERNAL' || !rule.roles.some((r) => principal.roles.includes(r))) throw AuthError.roleRequired(rule.roles);
}
