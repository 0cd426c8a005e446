import { randomBytes } from 'node:crypto';
import { DEV_PII_KEY_RING, FieldCipher } from './field-cipher';

const key = () => randomBytes(32).toString('base64');

describe('FieldCipher (R-SEC-3)', () => {
  const cipher = new FieldCipher(DEV_PII_KEY_RING);

  it('seals a value so the text holds neither it nor a repeatable form, and opens it back', () => {
    const a = cipher.seal('52998224725', 'cpf');
    const b = cipher.seal('52998224725', 'cpf');
    expect(a).toMatch(/^pii:v1:dev-1:[A-Za-z0-9_-]+$/);
    expect(a).not.toContain('52998224725');
    expect(a).not.toBe(b);
    expect(cipher.open(a, 'cpf')).toBe('52998224725');
    expect(cipher.open(cipher.seal('Maria da Conceição', 'name'), 'name')).toBe('Maria da Conceição');
    expect(FieldCipher.isSealed(a)).toBe(true);
    expect(FieldCipher.isSealed('52998224725')).toBe(false);
  });

  it('refuses a value moved to another field, tampered with, or sealed with an unknown key', () => {
    const sealed = cipher.seal('52998224725', 'cpf');
    expect(() => cipher.open(sealed, 'name')).toThrow(expect.objectContaining({ code: 'PRIVACY.UNREADABLE_FIELD' }));
    const body = Buffer.from(sealed.split(':')[3], 'base64url');
    body[14] ^= 1;
    expect(() => cipher.open(`pii:v1:dev-1:${body.toString('base64url')}`, 'cpf')).toThrow(expect.objectContaining({ code: 'PRIVACY.UNREADABLE_FIELD' }));
    const other = new FieldCipher({ keys: { k2: key() }, active: 'k2', lookupKey: key() });
    expect(() => cipher.open(other.seal('x', 'cpf'), 'cpf')).toThrow(expect.objectContaining({ code: 'PRIVACY.UNREADABLE_FIELD' }));
    expect(() => cipher.open('52998224725', 'cpf')).toThrow(expect.objectContaining({ code: 'PRIVACY.UNREADABLE_FIELD' }));
  });

  it('rotates: new values use the active key, old ones still open', () => {
    const k1 = key();
    const old = new FieldCipher({ keys: { k1 }, active: 'k1', lookupKey: key() });
    const rotated = new FieldCipher({ keys: { k1, k2: key() }, active: 'k2', lookupKey: key() });
    const before = old.seal('2000.00', 'monthlyIncome');
    expect(rotated.open(before, 'monthlyIncome')).toBe('2000.00');
    expect(rotated.seal('2000.00', 'monthlyIncome')).toMatch(/^pii:v1:k2:/);
  });

  it('hashes for lookup deterministically, per lookup key', () => {
    expect(cipher.lookup('52998224725')).toBe(cipher.lookup('52998224725'));
    expect(cipher.lookup('52998224725')).toMatch(/^[0-9a-f]{64}$/);
    expect(new FieldCipher({ ...DEV_PII_KEY_RING, lookupKey: key() }).lookup('52998224725')).not.toBe(cipher.lookup('52998224725'));
  });

  it('refuses a key ring without its active key or with short keys', () => {
    expect(() => new FieldCipher({ keys: { a: key() }, active: 'b', lookupKey: key() })).toThrow(/active PII key b/);
    expect(() => new FieldCipher({ keys: { a: 'c2hvcnQ=' }, active: 'a', lookupKey: key() })).toThrow(/32 bytes/);
  });
});
