import { createEnvelope, examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { renderFundsReleased, renderFundsReleaseFailed } from './release-templates';

const event = <T extends EventType>(type: T, changes: Partial<PayloadOf<T>> = {}) =>
  createEnvelope(type, { payload: { ...examplePayload(type), ...changes }, metadata: { correlationId: '0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11' } });

const E2E = 'E1234567820250210132011ABCDEF12345';
const REGISTER = ' Cadastre no aplicativo uma conta de recebimento válida, em seu nome, para que o valor seja enviado novamente. O valor continua disponível para você.';
const CHECK = ' Confira no aplicativo a sua conta de recebimento (ou cadastre outra, em seu nome) para que o valor seja enviado novamente. O valor continua disponível para você.';

describe('release of funds templates (pt-BR, R-LN-10, R-NT-1)', () => {
  it.each([
    [
      { purpose: 'LOAN_RELEASE' as const, amount: '10000.00', releasedAt: '2025-02-10T13:20:14.000Z' },
      'Valor do empréstimo creditado',
      `O valor de R$ 10.000,00 do seu contrato foi creditado na sua conta em 10/02/2025. Identificador da transferência (comprovante): ${E2E}.`,
    ],
    [
      // 01:30 UTC is still the evening before in Brasília.
      { purpose: 'CREDIT_REFUND' as const, amount: '123.45', releasedAt: '2025-03-01T01:30:00.000Z' },
      'Devolução creditada',
      `A devolução de R$ 123,45 do seu crédito conosco foi creditada na sua conta em 28/02/2025. Identificador da transferência (comprovante): ${E2E}.`,
    ],
  ])('FUNDS_RELEASED %j', (changes, subject, body) => {
    expect(renderFundsReleased(event('FundsReleased', changes))).toEqual({ template: 'FUNDS_RELEASED', subject, body });
  });

  const LOAN = 'Não foi possível creditar o valor de R$ 10.000,00 do seu contrato: ';
  it.each([
    ['RAIL.HOLDER_MISMATCH', `${LOAN}a conta de recebimento cadastrada não está em seu nome (o titular deve ser o seu CPF).${REGISTER}`],
    ['RAIL.KEY_NOT_FOUND', `${LOAN}a chave PIX cadastrada não está registrada em nenhuma instituição.${REGISTER}`],
    ['RAIL.ACCOUNT_CLOSED', `${LOAN}a conta de recebimento cadastrada está encerrada.${REGISTER}`],
    ['RAIL.ACCOUNT_BLOCKED', `${LOAN}a conta de recebimento cadastrada está bloqueada e não pode receber créditos.${REGISTER}`],
    ['RAIL.UNAVAILABLE', `${LOAN}o sistema de pagamentos ficou indisponível e a transferência não foi concluída após várias tentativas.${CHECK}`],
    ['RAIL.TIMEOUT', `${LOAN}o sistema de pagamentos ficou indisponível e a transferência não foi concluída após várias tentativas.${CHECK}`],
  ])('FUNDS_RELEASE_FAILED %s', (code, body) => {
    expect(renderFundsReleaseFailed(event('FundsReleaseFailed', { code }))).toEqual({ template: 'FUNDS_RELEASE_FAILED', subject: 'Não conseguimos creditar o valor do seu contrato', body });
  });

  it('a refund that failed says so, and never quotes the rail\'s message', () => {
    const notice = renderFundsReleaseFailed(event('FundsReleaseFailed', { purpose: 'CREDIT_REFUND', amount: '45.10', code: 'RAIL.KEY_NOT_FOUND', message: 'Chave cliente@example.com não encontrada' }));
    expect(notice.subject).toBe('Não conseguimos creditar a sua devolução');
    expect(notice.body).toBe(`Não foi possível creditar a devolução de R$ 45,10 do seu crédito conosco: a chave PIX cadastrada não está registrada em nenhuma instituição.${REGISTER}`);
    expect(notice.body).not.toContain('example.com');
  });
});
