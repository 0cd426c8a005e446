import type { EventEnvelope } from '@consignado/contracts';
import { brasiliaDay, brl, dateBr, percentBr } from './format';
import { renderContractRenegotiated } from './renegotiation-templates';

export const NOTIFICATION_TEMPLATES = [
  'CREDIT_REJECTED',
  'CONTRACT_ISSUED',
  'CONTRACT_ACTIVATED',
  'PROPOSAL_CANCELLED',
  'CONTRACT_CANCELLED',
  'INSTALLMENT_UPCOMING',
  'INSTALLMENT_OVERDUE',
  'PAYMENT_RECEIVED',
  'CONTRACT_SETTLED',
  'CONTRACT_AMENDED',
  'CONTRACT_RENEGOTIATED',
  'CONTRACT_BLOCKED',
  'CONTRACT_UNBLOCKED',
  'FUNDS_RELEASED',
  'FUNDS_RELEASE_FAILED',
  'PAYOUT_ACCOUNT_CHANGED',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

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

/** The welcome notice; a RENEGOTIATION contract (R-LN-8) gets the renegotiation's instead: nothing was lent. */
export function renderContractActivated(event: EventEnvelope<'ContractActivated'>): RenderedMessage {
  if (event.payload.operationType === 'RENEGOTIATION') return renderContractRenegotiated(event);
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

/**
 * The cancellation notice, or none for ACCEPTANCE_EXPIRED: proposal expired it because the issued
 * contract was not accepted in time (R-LN-9), and loan's ContractCancelled ACCEPTANCE_EXPIRED that
 * follows tells the customer; "se não reconhece este pedido" would be wrong for what nobody asked.
 */
export function renderProposalCancelled(event: EventEnvelope<'ProposalCancelled'>): RenderedMessage | undefined {
  if (event.payload.reason === 'ACCEPTANCE_EXPIRED') return undefined;
  return {
    template: 'PROPOSAL_CANCELLED',
    subject: 'Proposta cancelada',
    body: `Sua proposta foi cancelada em ${dateBr(brasiliaDay(event.payload.requestedAt))}. Se não reconhece este pedido, fale conosco.`,
  };
}

const CANCELLATION_REASONS: Record<EventEnvelope<'ContractCancelled'>['payload']['reason'], string> = {
  RIGHT_OF_REGRET: ', a seu pedido, dentro do prazo de arrependimento de 7 dias',
  CUSTOMER_REQUEST: ', a seu pedido',
  AVERBATION_FAILED: ' porque não foi possível registrar o desconto em folha (averbação)',
  PORTABILITY_FAILED: ' porque a portabilidade não foi concluída com a instituição de origem',
  REFINANCING_REFUSED: ' porque o contrato a refinanciar já não estava ativo',
  ACCEPTANCE_EXPIRED:
    ' porque não foi aceito dentro do prazo e a proposta expirou. Nada foi cobrado nem creditado; se ainda quiser o crédito, faça uma nova simulação no aplicativo',
};

export function renderContractCancelled(event: EventEnvelope<'ContractCancelled'>): RenderedMessage {
  const p = event.payload;
  const deduction = p.averbationRegistered ? ' O desconto em folha também será cancelado.' : '';
  const refund = p.amountToReturn ? ` Para concluir, devolva ${brl(p.amountToReturn)}, o valor liberado; não há cobrança de IOF.` : '';
  return {
    template: 'CONTRACT_CANCELLED',
    subject: p.reason === 'ACCEPTANCE_EXPIRED' ? 'Proposta expirada' : 'Contrato cancelado',
    body: `Seu contrato foi cancelado em ${dateBr(brasiliaDay(p.cancelledAt))}${CANCELLATION_REASONS[p.reason]}.${deduction}${refund}`,
  };
}
