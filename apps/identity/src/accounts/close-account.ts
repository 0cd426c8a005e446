import { createLocalJWKSet, type JWK, jwtVerify } from 'jose';
import { isValidCpf, normalizeCpf } from '../domain/cpf';
import { API_RESOURCE } from '../domain/registry';
import type { CustomerStore } from './customer-store';

export type Outcome = { status: number; body?: { code: string; message: string } };

/** Checks the bearer token of an account administrator: one this provider issued for the API, with ACCOUNT_ADMIN. */
export function accountAdminCheck(issuer: string, publicKeys: JWK[]) {
  const keys = createLocalJWKSet({ keys: publicKeys });
  return async (authorization: string | undefined): Promise<Outcome | undefined> => {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) return { status: 401, body: { code: 'AUTH.TOKEN_MISSING', message: 'Token de acesso ausente.' } };
    try {
      const { payload } = await jwtVerify(token, keys, { issuer, audience: API_RESOURCE });
      const roles = Array.isArray(payload['roles']) ? (payload['roles'] as unknown[]) : [];
      return roles.includes('ACCOUNT_ADMIN') ? undefined : { status: 403, body: { code: 'AUTH.ROLE_REQUIRED', message: 'Papel exigido: ACCOUNT_ADMIN.' } };
    } catch {
      return { status: 401, body: { code: 'AUTH.TOKEN_INVALID', message: 'Token de acesso inválido ou expirado.' } };
    }
  };
}

/**
 * `POST /accounts/erasures {cpf}`: the customer's data was anonymized across the platform (LGPD,
 * R-SEC-3), so their login goes too — the sealed CPF, its hash and the password hash. 204 whether
 * or not the CPF had an account, so a retried erasure is harmless; the CPF may sign up again.
 */
export async function closeAccount(customers: CustomerStore, body: unknown): Promise<Outcome> {
  const cpf = (body as { cpf?: unknown } | null)?.cpf;
  if (typeof cpf !== 'string' || !isValidCpf(cpf)) return { status: 400, body: { code: 'ACCOUNT.INVALID_CPF', message: 'CPF inválido.' } };
  await customers.deleteByCpf(normalizeCpf(cpf));
  return { status: 204 };
}
