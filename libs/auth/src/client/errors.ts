/**
 * A refusal of the identity provider: `error`/`error_description` as the provider sent them
 * (OAuth error codes such as invalid_scope, invalid_client, access_denied), and the HTTP status.
 */
export class IdentityError extends Error {
  constructor(
    readonly error: string,
    readonly errorDescription: string | undefined,
    readonly status?: number,
  ) {
    super(errorDescription ? `${error}: ${errorDescription}` : error);
    this.name = 'IdentityError';
  }

  /** From a JSON error body (`{ error, error_description }` or the platform's `{ code, message }`). */
  static fromBody(status: number, body: unknown): IdentityError {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const error = String(b['error'] ?? b['code'] ?? `http_${status}`);
    const description = b['error_description'] ?? b['message'];
    return new IdentityError(error, typeof description === 'string' ? description : undefined, status);
  }
}

/** `POST /accounts` answered 409: the CPF already has an account (its id is not disclosed). */
export class AccountExistsError extends IdentityError {
  constructor(description = 'Já existe uma conta para este CPF.') {
    super('ACCOUNT.ALREADY_EXISTS', description, 409);
    this.name = 'AccountExistsError';
  }
}
