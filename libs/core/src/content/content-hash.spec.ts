import { canonicalJson, contentHash, sha256Hex } from './content-hash';

describe('canonical JSON and content hash', () => {
  it('sorts keys at every depth, keeps array order, drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [2, { y: 1, x: 2 }], c: undefined })).toBe('{"a":[2,{"x":2,"y":1}],"b":1}');
  });

  it('gives the same hash to the same content in another key order, another to other content', () => {
    const body = { remittanceId: 'R1', lines: [{ contractId: 'c', amount: '1.00' }] };
    expect(contentHash({ lines: [{ amount: '1.00', contractId: 'c' }], remittanceId: 'R1' })).toBe(contentHash(body));
    expect(contentHash({ ...body, lines: [{ contractId: 'c', amount: '1.01' }] })).not.toBe(contentHash(body));
    expect(contentHash(body)).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** An Idempotency-Key's fingerprint is the contentHash of the request body (R-PR-7). */
describe('content hash as a request fingerprint', () => {
  const body = { customerId: 'c1', requestedAmount: '10000.00', termMonths: 96, portability: { b: 1, a: [2, { y: 1, x: 2 }] } };

  it.each([
    ['keys in another order', { termMonths: 96, portability: { a: [2, { x: 2, y: 1 }], b: 1 }, requestedAmount: '10000.00', customerId: 'c1' }, true],
    ['an undefined optional field', { ...body, monthlyRate: undefined }, true],
    ['another amount', { ...body, requestedAmount: '10000.01' }, false],
    ['the term as text', { ...body, termMonths: '96' }, false],
    ['array items reordered', { ...body, portability: { b: 1, a: [{ y: 1, x: 2 }, 2] } }, false],
    ['an extra field', { ...body, withInsurance: false }, false],
    ['null instead of absent', { ...body, monthlyRate: null }, false],
  ])('%s → same fingerprint: %s', (_name, other, same) => {
    expect(contentHash(other) === contentHash(body)).toBe(same);
  });
});

describe('sha256Hex', () => {
  it('is the FIPS 180-2 digest of the exact bytes, lowercase hex; a string hashes as its UTF-8', () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(sha256Hex('abc')).toBe(abc);
    expect(sha256Hex(Buffer.from('abc', 'utf8'))).toBe(abc);
    expect(sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(abc);
  });
});
