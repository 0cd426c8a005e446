import { AuthError } from './auth.errors';
import type { Principal } from './principal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OPERATOR = /^[A-Za-z0-9._@-]{1,128}$/;
const CPF = /^\d{11}$/;

/**
 * The principal a verified token stands for. Claims (README, "Identities"): `channel`, `client_id`,
 * `scope`; DIGITAL `sub` (the customer id) and `cpf`; CORBAN `partner_id`; INTERNAL `operator_id`
 * and `roles`. A token missing what its channel needs is invalid, not a weaker principal.
 */
export function principalFromClaims(claims: Record<string, unknown>): Principal {
  const clientId = text(claims['client_id'] ?? claims['azp']);
  const scopes = text(claims['scope']).split(' ').filter(Boolean);
  const base = { clientId, scopes };
  switch (claims['channel']) {
    case 'DIGITAL':
      return { ...base, channel: 'DIGITAL', customerId: matching(claims['sub'], UUID), cpf: matching(claims['cpf'], CPF) };
    case 'CORBAN':
      return { ...base, channel: 'CORBAN', partnerId: matching(claims['partner_id'], UUID) };
    case 'INTERNAL':
      return { ...base, channel: 'INTERNAL', operatorId: matching(claims['operator_id'], OPERATOR), roles: roles(claims['roles']) };
    default:
      throw AuthError.invalidToken();
  }
}

function text(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw AuthError.invalidToken();
  return value;
}

function matching(value: unknown, pattern: RegExp): string {
  const s = text(value);
  if (!pattern.test(s)) throw AuthError.invalidToken();
  return s;
}

function roles(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((r) => typeof r === 'string')) throw AuthError.invalidToken();
  return value;
}
