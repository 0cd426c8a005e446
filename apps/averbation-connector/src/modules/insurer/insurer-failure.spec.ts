import { failureFromAnswer, transportFailure } from './insurer-failure';

describe('insurer failures: retry or refusal', () => {
  it.each([
    [503, { code: 'INSURER.UNAVAILABLE', detail: 'Seguradora indisponível' }, 'TRANSIENT', 'INSURER.UNAVAILABLE'],
    [500, { code: 'INSURER.INTERNAL_ERROR' }, 'TRANSIENT', 'INSURER.UNAVAILABLE'],
    [504, { code: 'INSURER.TIMEOUT' }, 'TRANSIENT', 'INSURER.TIMEOUT'],
    [429, undefined, 'TRANSIENT', 'INSURER.UNAVAILABLE'],
    [401, { code: 'INSURER.PARTNER_UNAUTHORIZED' }, 'TRANSIENT', 'INSURER.UNAUTHORIZED'],
    [422, { code: 'INSURER.POLICY_ALREADY_CLAIMED', detail: 'A apólice já tem o sinistro SIN-2026-000041.' }, 'REFUSED', 'INSURER.POLICY_ALREADY_CLAIMED'],
    [409, { code: 'INSURER.CLAIM_CONFLICT' }, 'REFUSED', 'INSURER.CLAIM_CONFLICT'],
    [404, { code: 'INSURER.CLAIM.NOT_FOUND' }, 'REFUSED', 'INSURER.CLAIM.NOT_FOUND'],
    [400, undefined, 'REFUSED', 'INSURER.REQUEST_REFUSED'],
  ] as const)('%i %j → %s %s', (status, body, kind, code) => {
    const failure = failureFromAnswer(status, body);
    expect([failure.kind, failure.code, failure.status]).toEqual([kind, code, status]);
  });

  it('keeps the insurer’s pt-BR detail on a refusal', () => {
    expect(failureFromAnswer(422, { code: 'INSURER.POLICY_ALREADY_CLAIMED', detail: 'A apólice já tem um sinistro.' })).toEqual({
      kind: 'REFUSED', code: 'INSURER.POLICY_ALREADY_CLAIMED', message: 'A apólice já tem um sinistro.', status: 422,
    });
  });

  it.each([
    ['TIMEOUT', 'TRANSIENT', 'INSURER.TIMEOUT'],
    ['NETWORK', 'TRANSIENT', 'INSURER.UNAVAILABLE'],
    ['ABORTED', 'ABORTED', 'INSURER.ABORTED'],
  ] as const)('no answer (%s) → %s %s', (cause, kind, code) => {
    expect([transportFailure(cause, 1000).kind, transportFailure(cause, 1000).code]).toEqual([kind, code]);
  });
});
