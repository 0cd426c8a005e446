import type { EventEnvelope, PayloadOf } from '@consignado/contracts';
import type { EventOutcome } from './consumed-event';
import { contractCancelledSummary, formalizationSummary, portabilitySummary, proposalCancelledSummary, proposalCreatedSummary } from './life-cycle-summaries';
import type { ProposalState } from './proposal-state';
import { brl, percent } from './pt-br-format';

/** One line of a proposal's timeline (R-PR-2): an event it emitted or consumed, and the state after it. */
export interface TimelineEntry {
  readonly proposalId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly direction: 'EMITTED' | 'CONSUMED';
  /** APPLIED, or STALE for an event that arrived after the proposal had moved past it. */
  readonly outcome: EventOutcome;
  readonly occurredAt: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly stateAfter: ProposalState;
  /** Short pt-BR line for people reading the timeline (D-6). */
  readonly summary: string;
}

/** What a refinancing or a portability approval settles, after the terms. */
function approvedOperation(p: PayloadOf<'CreditApproved'>): string {
  if (p.refinancing) return `; quita ${brl(p.refinancing.payoff)} do contrato anterior e libera troco de ${brl(p.refinancing.troco)}`;
  if (p.portability) return `; porta o saldo de ${brl(p.portability.balance)} da instituição de origem`;
  return '';
}

/** The pt-BR summary of an event about a proposal. */
export function summarize(event: EventEnvelope): string {
  switch (event.eventType) {
    case 'ProposalCreated':
      return proposalCreatedSummary(event.payload);
    case 'ProposalCancelled':
      return proposalCancelledSummary(event.payload);
    case 'MarginChecked':
      return `Margem consultada na Dataprev: ${brl(event.payload.margins.loan.available)} disponíveis`;
    case 'CreditApproved':
      return `Crédito aprovado: ${event.payload.termMonths} parcelas de ${brl(event.payload.installmentAmount)}, CET ${percent(event.payload.cetAnnualPercent)} a.a.${approvedOperation(event.payload)}`;
    case 'CreditRejected':
      return `Crédito recusado: ${event.payload.reasons.filter((r) => !r.passed).map((r) => r.message).join(' ') || event.payload.reasons[0].message}`;
    case 'AverbationRequested':
      return 'Averbação solicitada à Dataprev';
    case 'AverbationFailed':
      return event.payload.retryable ? `Falha temporária na averbação (${event.payload.message}); nova tentativa prevista` : `Averbação recusada: ${event.payload.message}`;
    case 'ContractActivated':
      return `Contrato ativado: ${brl(event.payload.releasedAmount)} liberados`;
    case 'ContractCancelled':
      return contractCancelledSummary(event.payload);
    default:
      return portabilitySummary(event) ?? formalizationSummary(event) ?? event.eventType;
  }
}

/** The timeline entry of an event, with the state it left the proposal in. */
export function timelineEntry(proposalId: string, event: EventEnvelope, direction: TimelineEntry['direction'], outcome: EventOutcome, stateAfter: ProposalState): TimelineEntry {
  const summary = summarize(event);
  return {
    proposalId,
    eventId: event.eventId,
    eventType: event.eventType,
    direction,
    outcome,
    occurredAt: event.occurredAt,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    stateAfter,
    summary: outcome === 'STALE' ? `Evento fora de ordem, sem efeito no estado ${stateAfter}: ${summary}` : summary,
  };
}
