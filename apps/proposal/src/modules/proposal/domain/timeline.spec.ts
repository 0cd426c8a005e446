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
    [envelope('ProposalCreated', { operationType: 'REFINANCING', requestedAmount: '0.00', termMonths: 84 }), 'Refinanciamento enviado para análise: troco de R$ 0,00 em 84 meses'],
    [
      envelope('ProposalCreated', { operationType: 'PORTABILITY', requestedAmount: '0.00', termMonths: 30, portability: { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' } }),
      'Portabilidade enviada: contrato CCB-2023-0042 da instituição 60746948, prazo desejado de 30 meses; aguardando o saldo devedor da origem',
    ],
    [
      envelope('CreditApproved', { refinancing: { contractId: examplePayload('ContractActivated').contractId, payoffDate: '2026-03-10', payoff: '7563.47', troco: '1200.00' } }),
      'Crédito aprovado: 48 parcelas de R$ 311,36, CET 23,57% a.a.; quita R$ 7.563,47 do contrato anterior e libera troco de R$ 1.200,00',
    ],
    [envelope('CreditApproved', { portability: examplePayload('PortabilityBalanceReceived').terms }), 'Crédito aprovado: 48 parcelas de R$ 311,36, CET 23,57% a.a.; porta o saldo de R$ 7.200,00 da instituição de origem'],
    [
      envelope('PortabilityBalanceReceived'),
      'Saldo devedor informado pela origem: R$ 7.200,00 em 11/02/2025, 30 parcelas restantes de R$ 330,00 (NU 202502110000000012345); contraproposta de retenção da origem: 30 parcelas de R$ 291,02',
    ],
    [envelope('PortabilityBalanceReceived', { retentionOffer: undefined }), 'Saldo devedor informado pela origem: R$ 7.200,00 em 11/02/2025, 30 parcelas restantes de R$ 330,00 (NU 202502110000000012345)'],
    [envelope('PortabilityRequestFailed'), 'Portabilidade não prosseguiu (PORTABILITY.RETENCAO_DO_CLIENTE): O cliente aceitou a contraproposta da instituição de origem.'],
    [envelope('PortabilityTransferRequested'), 'Transferência de R$ 7.200,00 à instituição de origem solicitada (NU 202502110000000012345)'],
    [envelope('PortabilityTransferCompleted'), 'Saldo de R$ 7.200,00 transferido; a origem confirmou a liquidação do contrato'],
    [envelope('PortabilityTransferFailed'), 'Transferência da portabilidade falhou (PORTABILITY.STR0048): A instituição de origem devolveu a transferência.'],
    [envelope('ContractCancelled', { reason: 'PORTABILITY_FAILED' }), 'Contrato cancelado: a portabilidade não foi concluída'],
    [envelope('ContractCancelled', { reason: 'REFINANCING_REFUSED' }), 'Contrato cancelado: o contrato a refinanciar não pôde ser refinanciado'],
    [envelope('ContractCancelled', { reason: 'RIGHT_OF_REGRET' }), 'Contrato cancelado pelo direito de arrependimento'],
    // Formalization (R-LN-9).
    [envelope('ContractIssued'), 'CCB emitida (SHA-256 3b0c2f6d1e9a…): aguardando o aceite do cliente'],
    [envelope('ProposalAccepted', { channel: 'DIGITAL' }), 'Contrato aceito pelo canal DIGITAL (CCB SHA-256 3b0c2f6d1e9a…)'],
    [envelope('ProposalCancelled', { reason: 'ACCEPTANCE_EXPIRED' }), 'Proposta cancelada: o contrato não foi aceito dentro do prazo'],
    [envelope('ContractCancelled', { reason: 'ACCEPTANCE_EXPIRED' }), 'Contrato cancelado: a CCB não foi aceita dentro do prazo'],
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
