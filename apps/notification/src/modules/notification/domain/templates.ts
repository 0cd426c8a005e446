import type { EventEnvelope } from '@consignado/contracts';
import { brl, dateBr, percentBr } from './format';

export type NotificationTemplate = 'CREDIT_REJECTED' | 'CONTRACT_ACTIVATED' | 'PROPOSAL_CANCELLED';

export interface RenderedMessage {
  template: NotificationTemplate;
  subject: string;
  body: string;
}

/** pt-BR texts for the customer (D-6). Reasons come already worded in pt-BR by credit analysis. */
export function renderCreditRejected(event: EventEnvelope<'CreditRejected'>): RenderedMessage {
  const reasons = event.payload.reasons.map((r) => `• ${r.message}`).join('\n');
  return {
    template: 'CREDIT_REJECTED',
    subject: 'Sua proposta de crédito não foi aprovada',
    body: `Analisamos sua proposta e, neste momento, não foi possível aprová-la.\nMotivos:\n${reasons}`,
  };
}

export function renderContractActivated(event: EventEnvelope<'ContractActivated'>): RenderedMessage {
  const p = event.payload;
  return {
    template: 'CONTRACT_ACTIVATED',
    subject: 'Seu contrato está ativo',
    body:
      `Seu contrato foi ativado. Você receberá ${brl(p.releasedAmount)} e pagará ${p.termMonths} parcelas de ` +
      `${brl(p.installmentAmount)}, a primeira em ${dateBr(p.firstDueDate)}. ` +
      `CET de ${percentBr(p.cetMonthlyPercent)} ao mês (${percentBr(p.cetAnnualPercent)} ao ano).`,
  };
}

export function renderProposalCancelled(event: EventEnvelope<'ProposalCancelled'>): RenderedMessage {
  return {
    template: 'PROPOSAL_CANCELLED',
    subject: 'Proposta cancelada',
    body: `Sua proposta foi cancelada em ${dateBr(event.payload.requestedAt)}. Se não reconhece este pedido, fale conosco.`,
  };
}
