import type { EventEnvelope, PayloadOf } from '@consignado/contracts';
import { brl, dateBr } from './pt-br-format';

/** ProposalCreated in pt-BR, by operation type (R-PR-4). */
export function proposalCreatedSummary(p: PayloadOf<'ProposalCreated'>): string {
  if (p.operationType === 'REFINANCING') return `Refinanciamento enviado para análise: troco de ${brl(p.requestedAmount)} em ${p.termMonths} meses`;
  if (p.operationType === 'PORTABILITY' && p.portability) {
    const { originContractNumber, originInstitutionIspb } = p.portability;
    return `Portabilidade enviada: contrato ${originContractNumber} da instituição ${originInstitutionIspb}, prazo desejado de ${p.termMonths} meses; aguardando o saldo devedor da origem`;
  }
  return `Proposta enviada para análise: ${brl(p.requestedAmount)} em ${p.termMonths} meses`;
}

const CONTRACT_CANCELLED: Record<PayloadOf<'ContractCancelled'>['reason'], string> = {
  RIGHT_OF_REGRET: 'Contrato cancelado pelo direito de arrependimento',
  CUSTOMER_REQUEST: 'Contrato cancelado a pedido do cliente',
  AVERBATION_FAILED: 'Contrato cancelado: a averbação não foi concluída',
  PORTABILITY_FAILED: 'Contrato cancelado: a portabilidade não foi concluída',
  REFINANCING_REFUSED: 'Contrato cancelado: o contrato a refinanciar não pôde ser refinanciado',
  ACCEPTANCE_EXPIRED: 'Contrato cancelado: a CCB não foi aceita dentro do prazo',
};

export const contractCancelledSummary = (p: PayloadOf<'ContractCancelled'>): string => CONTRACT_CANCELLED[p.reason];

const PROPOSAL_CANCELLED: Record<PayloadOf<'ProposalCancelled'>['reason'], string> = {
  CUSTOMER_REQUEST: 'Cancelamento pedido pelo cliente',
  OPERATOR: 'Cancelamento feito pelo operador',
  RIGHT_OF_REGRET: 'Direito de arrependimento exercido: aguardando o cancelamento do contrato',
  ACCEPTANCE_EXPIRED: 'Proposta cancelada: o contrato não foi aceito dentro do prazo',
};

export const proposalCancelledSummary = (p: PayloadOf<'ProposalCancelled'>): string => PROPOSAL_CANCELLED[p.reason];

/** The CCB's fingerprint as people read it: its SHA-256's first 12 hex digits. */
const fingerprint = (hash: string): string => `SHA-256 ${hash.slice(0, 12)}…`;

/** The formalization's events in pt-BR (R-LN-9). */
export function formalizationSummary(event: EventEnvelope): string | undefined {
  if (event.eventType === 'ContractIssued') return `CCB emitida (${fingerprint(event.payload.documentHash)}): aguardando o aceite do cliente`;
  if (event.eventType === 'ProposalAccepted') return `Contrato aceito pelo canal ${event.payload.channel} (CCB ${fingerprint(event.payload.documentHash)})`;
  return undefined;
}

/** The portability's events in pt-BR (R-LN-7, R-LN-11). */
export function portabilitySummary(event: EventEnvelope): string | undefined {
  switch (event.eventType) {
    case 'PortabilityBalanceReceived': {
      const { terms: t, retentionOffer: r } = event.payload;
      const offer = r ? `; contraproposta de retenção da origem: ${r.termMonths} parcelas de ${brl(r.installmentAmount)}` : '';
      return `Saldo devedor informado pela origem: ${brl(t.balance)} em ${dateBr(t.balanceDate)}, ${t.remainingInstallments} parcelas restantes de ${brl(t.originInstallment)} (NU ${t.portabilityNumber})${offer}`;
    }
    case 'PortabilityRequestFailed':
      return `Portabilidade não prosseguiu (${event.payload.code}): ${event.payload.message}`;
    case 'PortabilityTransferRequested':
      return `Transferência de ${brl(event.payload.amount)} à instituição de origem solicitada (NU ${event.payload.portabilityNumber})`;
    case 'PortabilityTransferCompleted':
      return `Saldo de ${brl(event.payload.amount)} transferido; a origem confirmou a liquidação do contrato`;
    case 'PortabilityTransferFailed':
      return `Transferência da portabilidade falhou (${event.payload.code}): ${event.payload.message}`;
    default:
      return undefined;
  }
}
