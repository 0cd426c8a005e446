import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { clearOf, openJson, openOrUndefined, sealIfClear, sealJson, sealOrNull } from './sealed-values';

const cipher = new FieldCipher(DEV_PII_KEY_RING);

describe('sealed column values (R-SEC-3)', () => {
  it('seals a nullable column, keeps null null, and opens it under the same field only', () => {
    const sealed = sealOrNull(cipher, 'maria@example.com', 't.email');
    expect(FieldCipher.isSealed(sealed)).toBe(true);
    expect(openOrUndefined(cipher, sealed, 't.email')).toBe('maria@example.com');
    expect(() => openOrUndefined(cipher, sealed, 't.phone')).toThrow();
    expect(sealOrNull(cipher, undefined, 't.email')).toBeNull();
    expect(openOrUndefined(cipher, null, 't.email')).toBeUndefined();
  });

  it('seals a JSON value whole and reads it back', () => {
    const value = { reasons: ['R$ 1.037,03'] };
    expect(openJson(cipher, sealJson(cipher, value, 't.decision'), 't.decision')).toEqual(value);
  });

  it('backfill helpers: seal only what is clear, read either form', () => {
    const sealed = sealIfClear(cipher, '+5561999990000', 't.phone');
    expect(sealIfClear(cipher, sealed, 't.phone')).toBe(sealed);
    expect([clearOf(cipher, sealed, 't.phone'), clearOf(cipher, '+5561999990000', 't.phone')]).toEqual(['+5561999990000', '+5561999990000']);
  });
});
