import { AccountExistsError, IdentityError } from './errors';
import { jsonOf } from './http';

/**
 * `POST <issuer>/accounts` `{ cpf, password }`: the new account's id. 409 → AccountExistsError;
 * 400 (invalid CPF, short password) → IdentityError with the provider's code and pt-BR message.
 */
export async function signUpCustomer(issuer: string, cpf: string, password: string): Promise<string> {
  const res = await fetch(`${issuer}/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ cpf, password }),
  });
  const body = (await jsonOf(res)) as { accountId?: string; message?: string } | undefined;
  if (res.status === 201 && body?.accountId) return body.accountId;
  if (res.status === 409) throw new AccountExistsError(body?.message);
  throw IdentityError.fromBody(res.status, body);
}
