import { isInfrastructureError, isPermanent, PermanentError } from './errors';

describe('error classification', () => {
  const codes = new Set(['PROPOSAL.ILLEGAL_TRANSITION']);

  it('treats PermanentError and listed domain codes as permanent', () => {
    expect(isPermanent(new PermanentError('no such contract'), codes)).toBe(true);
    expect(isPermanent(Object.assign(new Error('x'), { code: 'PROPOSAL.ILLEGAL_TRANSITION' }), codes)).toBe(true);
    expect(isPermanent(Object.assign(new Error('x'), { code: 'OTHER' }), codes)).toBe(false);
    expect(isPermanent(new Error('timeout'), codes)).toBe(false);
  });

  it.each([
    ['ECONNREFUSED', true],
    ['08006', true],
    ['57P01', true],
    ['53300', true],
    ['23505', false],
    ['40001', false],
  ])('code %s is infrastructure: %s', (code, expected) => {
    expect(isInfrastructureError(Object.assign(new Error('db'), { code }))).toBe(expected);
  });

  it('recognises a dropped pg connection by message', () => {
    expect(isInfrastructureError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isInfrastructureError(new Error('handler bug'))).toBe(false);
  });
});
