import { DECOY_HASH, hashPassword, verifyPassword } from './password';

describe('scrypt password hashes', () => {
  it('verifies the password it hashed, and only that one', async () => {
    const hash = await hashPassword('correct horse');
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct horsE', hash)).toBe(false);
  });

  it('stores the parameters and a fresh salt, never the password', async () => {
    const [a, b] = [await hashPassword('segredo-123'), await hashPassword('segredo-123')];
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('segredo');
  });

  it('refuses malformed hashes and the decoy', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('', DECOY_HASH)).toBe(false);
    expect(await verifyPassword('anything', DECOY_HASH)).toBe(false);
  });
});
