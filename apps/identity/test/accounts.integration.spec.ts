import { AccountExistsError, generateCpf } from '@consignado/auth';
import { Client } from 'pg';
import { identity, issuer, refusal, UUID_V4 } from './support';

const post = async (body: string) => {
  const res = await fetch(`${issuer}/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

/** `POST /accounts` of the identity app, and what it stores. */
describe('customer sign-up', () => {
  it('creates an account (201, a UUID v4) and refuses the same CPF again (409)', async () => {
    const cpf = generateCpf();
    const created = await post(JSON.stringify({ cpf, password: 'senha-forte-1' }));
    expect(created).toEqual({ status: 201, body: { accountId: expect.stringMatching(UUID_V4) } });
    const again = await post(JSON.stringify({ cpf, password: 'outra-senha-2' }));
    expect(again).toEqual({ status: 409, body: { code: 'ACCOUNT.ALREADY_EXISTS', message: 'Já existe uma conta para este CPF.' } });
    expect(await refusal(identity.signUp(cpf, 'outra-senha-2'))).toBeInstanceOf(AccountExistsError);
  });

  it('refuses an invalid CPF, a short password and a body that is not JSON (400)', async () => {
    expect(await post(JSON.stringify({ cpf: '12345678900', password: 'senha-forte-1' }))).toEqual({ status: 400, body: { code: 'ACCOUNT.INVALID_CPF', message: 'CPF inválido.' } });
    expect(await post(JSON.stringify({ cpf: generateCpf(), password: 'curta' }))).toEqual({
      status: 400,
      body: { code: 'ACCOUNT.INVALID_PASSWORD', message: 'A senha deve ter pelo menos 8 caracteres.' },
    });
    expect((await post('cpf=1')).body).toMatchObject({ code: 'REQUEST.INVALID_BODY' });
  });

  it('stores the account in consignado_identity with a scrypt hash, never the password, and the CPF only sealed and hashed', async () => {
    const cpf = generateCpf();
    const accountId = await identity.signUp(cpf, 'senha-guardada-1');
    const url = new URL(process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432');
    url.pathname = '/consignado_identity';
    const db = new Client({ connectionString: url.toString() });
    await db.connect();
    try {
      const { rows } = await db.query('SELECT * FROM customer_login WHERE account_id = $1', [accountId]);
      expect(rows).toEqual([{ account_id: accountId, cpf_hash: expect.stringMatching(/^[0-9a-f]{64}$/), cpf_sealed: expect.stringMatching(/^pii:v1:/), password_hash: expect.stringMatching(/^scrypt\$/), created_at: expect.any(Date) }]);
      expect(JSON.stringify(rows)).not.toContain(cpf);
      expect(rows[0].password_hash).not.toContain('senha-guardada-1');
      // The login still finds it, and the token still carries the CPF.
      const session = await identity.customerToken(cpf, 'senha-guardada-1');
      expect(session.accountId).toBe(accountId);
      expect(JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString())).toMatchObject({ sub: accountId, cpf });
    } finally {
      await db.end();
    }
  });
});

/** `POST /accounts/erasures` (LGPD): proposal closes the login of a customer it anonymized. */
describe('closing a customer login on erasure', () => {
  const close = async (body: unknown, token?: string) => {
    const res = await fetch(`${issuer}/accounts/erasures`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    return { status: res.status, body: res.status === 204 ? undefined : ((await res.json()) as Record<string, unknown>) };
  };

  it('only for an account administrator (proposal-service); the account goes, the CPF may sign up again, and again is harmless', async () => {
    const cpf = generateCpf();
    const accountId = await identity.signUp(cpf, 'senha-forte-1');
    expect((await close({ cpf })).body).toMatchObject({ code: 'AUTH.TOKEN_MISSING' });
    expect((await close({ cpf }, 'not.a.token')).body).toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
    expect((await close({ cpf }, await identity.clientToken('privacy-office'))).body).toMatchObject({ code: 'AUTH.ROLE_REQUIRED' });
    const admin = await identity.clientToken('proposal-service');
    expect(await close({ cpf: '12345678900' }, admin)).toEqual({ status: 400, body: { code: 'ACCOUNT.INVALID_CPF', message: 'CPF inválido.' } });
    expect(await refusal(identity.signUp(cpf, 'outra-senha-2'))).toBeInstanceOf(AccountExistsError);

    expect(await close({ cpf }, admin)).toEqual({ status: 204, body: undefined });
    expect(await close({ cpf }, admin)).toEqual({ status: 204, body: undefined });
    const again = await identity.signUp(cpf, 'outra-senha-2');
    expect(again).not.toBe(accountId);
  });
});
