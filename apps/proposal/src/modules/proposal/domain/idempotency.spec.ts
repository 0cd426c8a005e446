import { canonicalJson } from '@consignado/core';
import { IDEMPOTENCY_KEY, judgeRetry, requestFingerprint } from './idempotency';

describe('idempotent creation (R-PR-7)', () => {
  const body = { customerId: 'c1', requestedAmount: '10000.00', termMonths: 96, portability: { b: 1, a: [2, { y: 1, x: 2 }] } };

  it('writes canonical JSON with keys sorted at every depth', () => {
    expect(canonicalJson(body)).toBe('{"customerId":"c1","portability":{"a":[2,{"x":2,"y":1}],"b":1},"requestedAmount":"10000.00","termMonths":96}');
  });

  it.each([
    ['keys in another order', { termMonths: 96, portability: { a: [2, { x: 2, y: 1 }], b: 1 }, requestedAmount: '10000.00', customerId: 'c1' }, true],
    ['an undefined optional field', { ...body, monthlyRate: undefined }, true],
    ['another amount', { ...body, requestedAmount: '10000.01' }, false],
    ['the amount as a number', { ...body, termMonths: '96' }, false],
    ['array items reordered', { ...body, portability: { b: 1, a: [{ y: 1, x: 2 }, 2] } }, false],
    ['an extra field', { ...body, withInsurance: false }, false],
    ['null instead of absent', { ...body, monthlyRate: null }, false],
  ])('%s → same fingerprint: %s', (_name, other, same) => {
    expect(requestFingerprint(other) === requestFingerprint(body)).toBe(same);
  });

  it('is a hex SHA-256', () => {
    expect(requestFingerprint(body)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('replays the first answer for the same body and refuses another body', () => {
    const stored = { fingerprint: requestFingerprint(body), status: 201, body: { id: 'p1', state: 'PENDING_MARGIN_CHECK' } };
    expect(judgeRetry(stored, requestFingerprint({ ...body }))).toEqual({ kind: 'REPLAY', status: 201, body: { id: 'p1', state: 'PENDING_MARGIN_CHECK' } });
    expect(judgeRetry(stored, requestFingerprint({ ...body, termMonths: 84 }))).toEqual({ kind: 'CONFLICT' });
  });

  it.each([
    ['3f0c1a9e-5b6d-4c7e-8f90-1a2b3c4d5e6f', true],
    ['retry-42', true],
    ['', false],
    ['has space', false],
    ['x'.repeat(129), false],
    ['acentuação', false],
  ])('key %j accepted: %s', (key, ok) => {
    expect(IDEMPOTENCY_KEY.test(key)).toBe(ok);
  });
});
