import { BAD_RESPONSE, failureFromStatus, transportFailure } from './dataprev-failure';

describe('Dataprev failure classification (R-AV-2: what to retry)', () => {
  it.each([
    // status, Dataprev code, kind, platform code
    [503, 'DATAPREV.UNAVAILABLE', 'TRANSIENT', 'DATAPREV.UNAVAILABLE'],
    [500, 'DATAPREV.INTERNAL_ERROR', 'TRANSIENT', 'DATAPREV.UNAVAILABLE'],
    [502, undefined, 'TRANSIENT', 'DATAPREV.UNAVAILABLE'],
    [504, 'DATAPREV.TIMEOUT', 'TRANSIENT', 'DATAPREV.TIMEOUT'],
    [408, undefined, 'TRANSIENT', 'DATAPREV.TIMEOUT'],
    [429, undefined, 'TRANSIENT', 'DATAPREV.UNAVAILABLE'],
    [422, 'DATAPREV.MARGIN_INSUFFICIENT', 'REFUSED', 'AVERBATION.MARGIN_INSUFFICIENT'],
    [422, 'DATAPREV.BENEFIT_BLOCKED', 'REFUSED', 'AVERBATION.BENEFIT_BLOCKED'],
    [404, 'DATAPREV.BENEFIT.NOT_FOUND', 'REFUSED', 'DATAPREV.BENEFIT_NOT_FOUND'],
    [422, 'DATAPREV.CPF_INVALID', 'REFUSED', 'DATAPREV.CPF_INVALID'],
    [422, 'DATAPREV.BENEFIT_NUMBER_INVALID', 'REFUSED', 'DATAPREV.BENEFIT_NUMBER_INVALID'],
    [409, 'DATAPREV.REGISTRATION.CONFLICT', 'REFUSED', 'AVERBATION.CONFLICT'],
    [404, 'DATAPREV.REGISTRATION.NOT_FOUND', 'REFUSED', 'DATAPREV.REGISTRATION_NOT_FOUND'],
    [422, 'DATAPREV.REGISTRATION.CANCELLED', 'REFUSED', 'AVERBATION.REGISTRATION_CANCELLED'],
    [400, 'DATAPREV.INVALID_PORTABILITY_ORIGIN', 'REFUSED', 'AVERBATION.PORTABILITY_ORIGIN_INVALID'],
    [400, 'DATAPREV.INVALID_AMOUNT', 'REFUSED', 'DATAPREV.REQUEST_REFUSED'],
    [400, 'REQUEST.INVALID_BODY', 'REFUSED', 'DATAPREV.REQUEST_REFUSED'],
    [404, undefined, 'REFUSED', 'DATAPREV.REQUEST_REFUSED'],
  ])('%i %s → %s %s', (status, dataprevCode, kind, code) => {
    const failure = failureFromStatus(status, dataprevCode);
    expect([failure.kind, failure.code, failure.status, failure.dataprevCode]).toEqual([kind, code, status, dataprevCode]);
    expect(failure.message).toMatch(/^[A-ZÁÉÍÓÚ].+\.$/);
  });

  it.each([
    ['TIMEOUT', 'TRANSIENT', 'DATAPREV.TIMEOUT', 'A Dataprev não respondeu em 1500 ms.'],
    ['NETWORK', 'TRANSIENT', 'DATAPREV.UNAVAILABLE', 'Dataprev inacessível (falha de conexão).'],
    ['ABORTED', 'ABORTED', 'DATAPREV.ABORTED', 'Chamada interrompida pelo desligamento do serviço.'],
  ] as const)('no answer (%s) → %s %s', (cause, kind, code, message) => {
    expect(transportFailure(cause, 1_500)).toEqual({ kind, code, message });
  });

  it('treats a garbled success as transient', () => {
    expect(BAD_RESPONSE.kind).toBe('TRANSIENT');
  });
});
