import { failureFromAnswer, transportFailure } from './rail-failure';

describe('rail failures: retry or refusal', () => {
  it.each([
    [503, { code: 'RAIL.UNAVAILABLE', detail: 'Arranjo indisponível' }, 'TRANSIENT', 'RAIL.UNAVAILABLE'],
    [500, { code: 'RAIL.INTERNAL_ERROR' }, 'TRANSIENT', 'RAIL.UNAVAILABLE'],
    [504, { code: 'RAIL.TIMEOUT' }, 'TRANSIENT', 'RAIL.TIMEOUT'],
    [429, undefined, 'TRANSIENT', 'RAIL.UNAVAILABLE'],
    [401, { code: 'RAIL.PARTNER_UNAUTHORIZED' }, 'TRANSIENT', 'RAIL.UNAUTHORIZED'],
    [409, { code: 'RAIL.TRANSFER_CONFLICT' }, 'REFUSED', 'RAIL.TRANSFER_CONFLICT'],
    [404, { code: 'RAIL.TRANSFER_NOT_FOUND' }, 'REFUSED', 'RAIL.TRANSFER_NOT_FOUND'],
    [400, undefined, 'REFUSED', 'RAIL.REQUEST_REFUSED'],
  ] as const)('%i %j → %s %s', (status, body, kind, code) => {
    const failure = failureFromAnswer(status, body);
    expect([failure.kind, failure.code, failure.status]).toEqual([kind, code, status]);
  });

  it('keeps the rail’s pt-BR detail on a refusal', () => {
    expect(failureFromAnswer(400, { code: 'RAIL.INVALID_CREDITOR', detail: 'Uma chave PIX não leva agência.' })).toEqual({
      kind: 'REFUSED', code: 'RAIL.INVALID_CREDITOR', message: 'Uma chave PIX não leva agência.', status: 400,
    });
  });

  it.each([
    ['TIMEOUT', 'TRANSIENT', 'RAIL.TIMEOUT'],
    ['NETWORK', 'TRANSIENT', 'RAIL.UNAVAILABLE'],
    ['ABORTED', 'ABORTED', 'RAIL.ABORTED'],
  ] as const)('no answer (%s) → %s %s', (cause, kind, code) => {
    expect([transportFailure(cause, 1000).kind, transportFailure(cause, 1000).code]).toEqual([kind, code]);
  });
});
