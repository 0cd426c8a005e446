import { creationStatus, idempotencyKeyOf } from './idempotency-key.header';

describe('Idempotency-Key header', () => {
  it.each([
    ['3f0c1a9e-5b6d-4c7e-8f90-1a2b3c4d5e6f', true],
    ['retry-42', true],
    ['x'.repeat(128), true],
    ['', false],
    ['has space', false],
    ['x'.repeat(129), false],
    ['acentuação', false],
  ])('%j accepted: %s', (key, accepted) => {
    const read = () => idempotencyKeyOf(key, 'THING.INVALID_IDEMPOTENCY_KEY');
    if (accepted) expect(read()).toBe(key);
    else expect(read).toThrow(expect.objectContaining({ code: 'THING.INVALID_IDEMPOTENCY_KEY', details: { fields: [expect.objectContaining({ field: 'Idempotency-Key' })] } }));
  });

  it('no header: no key', () => {
    expect(idempotencyKeyOf(undefined, 'THING.INVALID_IDEMPOTENCY_KEY')).toBeUndefined();
  });

  it('a first answer is 201, a replay 200', () => {
    expect([creationStatus({ replayed: false }), creationStatus({ replayed: true })]).toEqual([201, 200]);
  });
});
