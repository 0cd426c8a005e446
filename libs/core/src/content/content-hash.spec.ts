import { canonicalJson, contentHash } from './content-hash';

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
