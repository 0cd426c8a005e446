import { failureFromAnswer, transportFailure } from './ctc-failure';

describe('exchange failures: retry or refusal', () => {
  it.each([
    [503, { code: 'CTC.UNAVAILABLE', detail: 'CTC indisponível' }, 'TRANSIENT', 'CTC.UNAVAILABLE'],
    [500, { code: 'CTC.INTERNAL_ERROR' }, 'TRANSIENT', 'CTC.UNAVAILABLE'],
    [504, { code: 'CTC.TIMEOUT' }, 'TRANSIENT', 'CTC.TIMEOUT'],
    [429, undefined, 'TRANSIENT', 'CTC.UNAVAILABLE'],
    [401, { code: 'CTC.PARTICIPANT_UNAUTHORIZED' }, 'TRANSIENT', 'CTC.UNAUTHORIZED'],
    [422, { code: 'CTC.DEADLINE_EXPIRED', detail: 'Prazo encerrado', details: { reason: 'DECURSO_DO_PRAZO_PARA_PAGAMENTO' } }, 'REFUSED', 'CTC.DEADLINE_EXPIRED'],
    [409, { code: 'CTC.ILLEGAL_TRANSITION', details: { status: 'ACCEPTED_SETTLEMENT_COMPLETED' } }, 'REFUSED', 'CTC.ILLEGAL_TRANSITION'],
    [400, { code: 'REQUEST.INVALID_BODY' }, 'REFUSED', 'REQUEST.INVALID_BODY'],
    [404, undefined, 'REFUSED', 'CTC.REQUEST_REFUSED'],
  ] as const)('%i %j → %s %s', (status, body, kind, code) => {
    const failure = failureFromAnswer(status, body);
    expect([failure.kind, failure.code, failure.status]).toEqual([kind, code, status]);
  });

  it('keeps the exchange’s pt-BR detail and details on a refusal', () => {
    expect(failureFromAnswer(422, { code: 'CTC.DEADLINE_EXPIRED', detail: 'Prazo encerrado.', details: { reason: 'DECURSO_DO_PRAZO' } })).toEqual({
      kind: 'REFUSED', code: 'CTC.DEADLINE_EXPIRED', message: 'Prazo encerrado.', status: 422, details: { reason: 'DECURSO_DO_PRAZO' },
    });
  });

  it.each([
    ['TIMEOUT', 'TRANSIENT', 'CTC.TIMEOUT'],
    ['NETWORK', 'TRANSIENT', 'CTC.UNAVAILABLE'],
    ['ABORTED', 'ABORTED', 'CTC.ABORTED'],
  ] as const)('no answer (%s) → %s %s', (cause, kind, code) => {
    expect([transportFailure(cause, 1000).kind, transportFailure(cause, 1000).code]).toEqual([kind, code]);
  });
});
