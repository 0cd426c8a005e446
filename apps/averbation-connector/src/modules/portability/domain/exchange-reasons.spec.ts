import type { CtcClosure } from '../../exchange/ctc.types';
import { callFailure, requestFailureOf, transferFailureOf } from './exchange-reasons';

const closure = (reason: string, kind: CtcClosure['kind'] = 'REJECTED', by: CtcClosure['by'] = 'ORIGIN'): CtcClosure => ({ kind, reason, by, at: '2025-03-12T03:00:00.000Z' });

describe('the exchange’s reasons as the platform reports them', () => {
  it.each([
    ['RETENCAO_DO_CLIENTE', 'CUSTOMER_RETAINED'],
    ['DECURSO_DO_PRAZO', 'DEADLINE_EXPIRED'],
    ['CONTRATO_NAO_ENCONTRADO', 'ORIGIN_REFUSED'],
    ['CONTRATO_LIQUIDADO', 'ORIGIN_REFUSED'],
    ['PORTABILIDADE_EM_ANDAMENTO', 'ORIGIN_REFUSED'],
    ['CLIENTE_COM_ACAO_JUDICIAL', 'ORIGIN_REFUSED'],
    ['MODALIDADE_DA_OPERACAO_INCOMPATIVEL', 'ORIGIN_REFUSED'],
    ['OUTROS', 'ORIGIN_REFUSED'],
  ])('before the balance: %s → PortabilityRequestFailed %s, code PORTABILITY.%s', (reason, expected) => {
    const failure = requestFailureOf(closure(reason));
    expect([failure.reason, failure.code]).toEqual([expected, `PORTABILITY.${reason}`]);
    expect(failure.message).toMatch(/^[A-ZÀ-Ú].+\.$/);
  });

  it.each([
    [closure('DEVOLUCAO_STR0048', 'PAYMENT_ISSUE'), 'FUNDS_RETURNED', 'PORTABILITY.DEVOLUCAO_STR0048'],
    [closure('DECURSO_DO_PRAZO_PARA_PAGAMENTO', 'REJECTED', 'EXCHANGE'), 'DEADLINE_EXPIRED', 'PORTABILITY.DECURSO_DO_PRAZO_PARA_PAGAMENTO'],
    [closure('OUTROS', 'REJECTED', 'ORIGIN'), 'ORIGIN_REFUSED', 'PORTABILITY.OUTROS'],
  ])('after the balance: %j → PortabilityTransferFailed %s', (c, reason, code) => {
    expect(transferFailureOf(c)).toMatchObject({ reason, code });
  });

  it.each([
    [{ kind: 'REFUSED', code: 'CTC.DEADLINE_EXPIRED', message: 'Prazo encerrado.' }, 'DEADLINE_EXPIRED', 'PORTABILITY.DEADLINE_EXPIRED', 'Prazo encerrado.'],
    [{ kind: 'REFUSED', code: 'CTC.PORTABILIDADE_EM_ANDAMENTO', message: 'Já existe.' }, 'ORIGIN_REFUSED', 'PORTABILITY.PORTABILIDADE_EM_ANDAMENTO', 'Já existe.'],
    [{ kind: 'REFUSED', code: 'CTC.PORTABILITY.NOT_FOUND', message: 'Não encontrada.' }, 'ORIGIN_REFUSED', 'PORTABILITY.PORTABILITY_NOT_FOUND', 'Não encontrada.'],
    [{ kind: 'TRANSIENT', code: 'CTC.UNAVAILABLE', message: 'CTC indisponível.' }, 'EXCHANGE_UNAVAILABLE', 'PORTABILITY.EXCHANGE_UNAVAILABLE', 'Câmara de portabilidade (CTC) indisponível: CTC indisponível. Operação não concluída após 3 tentativas.'],
  ] as const)('a call that failed for good: %j', (failure, reason, code, message) => {
    expect(callFailure(failure, 3)).toEqual({ reason, code, message });
  });
});
