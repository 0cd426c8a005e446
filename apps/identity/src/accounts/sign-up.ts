import { isValidCpf, normalizeCpf } from '../domain/cpf';
import { hashPassword } from '../domain/password';
import type { CustomerStore } from './customer-store';

export const MIN_PASSWORD_LENGTH = 8;

/** An answer of `POST /accounts`: the status and the JSON body (platform error shape on failure). */
export interface SignUpOutcome {
  status: 201 | 400 | 409;
  body: { accountId: string } | { code: string; message: string };
}

const refuse = (status: 400 | 409, code: string, message: string): SignUpOutcome => ({ status, body: { code, message } });

/** Checks `{ cpf, password }`: an error outcome, or the normalized CPF and the password. */
export function validateSignUp(body: unknown): SignUpOutcome | { cpf: string; password: string } {
  const { cpf, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof cpf !== 'string' || !isValidCpf(cpf)) return refuse(400, 'ACCOUNT.INVALID_CPF', 'CPF inválido.');
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    return refuse(400, 'ACCOUNT.INVALID_PASSWORD', `A senha deve ter pelo menos ${MIN_PASSWORD_LENGTH} caracteres.`);
  }
  return { cpf: normalizeCpf(cpf), password };
}

/** Creates a customer account: 201 with its id, 409 when the CPF has one, 400 when invalid. */
export async function signUp(store: CustomerStore, body: unknown): Promise<SignUpOutcome> {
  const input = validateSignUp(body);
  if ('status' in input) return input;
  const accountId = await store.create(input.cpf, await hashPassword(input.password));
  if (!accountId) return refuse(409, 'ACCOUNT.ALREADY_EXISTS', 'Já existe uma conta para este CPF.');
  return { status: 201, body: { accountId } };
}
