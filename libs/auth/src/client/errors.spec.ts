import { AccountExistsError, IdentityError } from './errors';

describe('IdentityError', () => {
  it('carries the provider’s error and error_description', () => {
    const e = IdentityError.fromBody(400, { error: 'invalid_scope', error_description: 'requested scope is not allowed' });
    expect([e.error, e.errorDescription, e.status, e.message]).toEqual(['invalid_scope', 'requested scope is not allowed', 400, 'invalid_scope: requested scope is not allowed']);
  });

  it('reads the platform’s { code, message } and survives a body that is not an object', () => {
    expect(IdentityError.fromBody(400, { code: 'ACCOUNT.INVALID_CPF', message: 'CPF inválido.' })).toMatchObject({ error: 'ACCOUNT.INVALID_CPF', errorDescription: 'CPF inválido.' });
    expect(IdentityError.fromBody(502, undefined)).toMatchObject({ error: 'http_502', errorDescription: undefined });
  });

  it('types the 409 of sign-up', () => {
    expect(new AccountExistsError()).toMatchObject({ error: 'ACCOUNT.ALREADY_EXISTS', status: 409 });
    expect(new AccountExistsError()).toBeInstanceOf(IdentityError);
  });
});
