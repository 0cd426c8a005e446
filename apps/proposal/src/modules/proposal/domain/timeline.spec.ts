import { createEnvelope, examplePayload, type EventType } from '@consignado/contracts';
import { summarize, timelineEntry } from './timeline';

const envelope = <T extends EventType>(type: T, changes: object = {}) => createEnvelope(type, { payload: { ...examplePayload(type), ...changes } });

describe('timeline summaries (R-PR-2, pt-BR)', () => {
  it.each([
    [envelope('ProposalCreated', { requestedAmount: '10000.00', termMonths: 96 }), 'Proposta enviada para análise: R$ 10.000,00 em 96 meses'],
    [envelope('ProposalCancelled', { reason: 'OPERATOR' }), 'Cancelamento feito pelo operador'],
    [envelope('MarginChecked'), 'Margem consultada na Dataprev: R$ 500,00 disponíveis'],
    [envelope('CreditApproved', { installmentAmount: '231.24', termMonths: 96, cetAnnualPercent: '26.04' }), 'Crédito aprovado: 96 parcelas de R$ 231,24, CET 26,04% a.a.'],
    [envelope('CreditRejected'), 'Crédito recusado: Parcela excede a margem consignável disponível.'],
    [envelope('AverbationFailed', { retryable: true, message: 'Dataprev indisponível.' }), 'Falha temporária na averbação (Dataprev indisponível.); nova tentativa prevista'],
    [envelope('AverbationFailed', { retryable: false }), 'Averbação recusada: Margem consignável insuficiente para a averbação.'],
    [envelope('ContractActivated', { releasedAmount: '1234567.89' }), 'Contrato ativado: R$ 1.234.567,89 liberados'],
  ])('%#: %s', (event, summary) => {
    expect(summarize(event)).toBe(summary);
  });

  it('keeps the envelope ids and marks a stale event', () => {
    const event = envelope('MarginChecked');
    expect(timelineEntry('p1', event, 'CONSUMED', 'STALE', 'REJECTED')).toEqual({
      proposalId: 'p1',
      eventId: event.eventId,
      eventType: 'MarginChecked',
      direction: 'CONSUMED',
      outcome: 'STALE',
      occurredAt: event.occurredAt,
      correlationId: event.metadata.correlationId,
      causationId: null,
      stateAfter: 'REJECTED',
      summary: 'Evento fora de ordem, sem efeito no estado REJECTED: Margem consultada na Dataprev: R$ 500,00 disponíveis',
    });
  });
});
