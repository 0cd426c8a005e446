import { DomainError } from '@consignado/core';
import type { AnalysisState } from './analysis-state';

/** GET of an analysis that does not exist (R-CA-4 audit API). */
export class AnalysisNotFoundError extends DomainError {
  constructor(proposalId: string) {
    super('ANALYSIS.NOT_FOUND', 'Análise não encontrada', { proposalId });
  }
}

export class IllegalAnalysisTransitionError extends DomainError {
  constructor(from: AnalysisState, to: AnalysisState) {
    super('ANALYSIS.ILLEGAL_TRANSITION', `Transição da análise de ${from} para ${to} não permitida`, { from, to });
  }
}

/**
 * A margin answer arrived before its ProposalCreated was processed (topics are not ordered with
 * each other). Retryable: the consumer backs off and tries again; never dropped.
 */
export class ProposalNotYetReceivedError extends DomainError {
  constructor(proposalId: string) {
    super('ANALYSIS.PROPOSAL_NOT_YET_RECEIVED', 'A proposta ainda não chegou à análise de crédito; o evento será reprocessado', { proposalId });
  }
}

/**
 * A margin answer reached a portability still waiting for the origin's balance (the request is
 * only raised after the balance, so a replay or restore). Retryable, then dead-lettered for replay.
 */
export class MarginBeforeBalanceError extends DomainError {
  constructor(proposalId: string) {
    super('ANALYSIS.MARGIN_BEFORE_PORTABILITY_BALANCE', 'A margem chegou antes do saldo da portabilidade; o evento será reprocessado', { proposalId });
  }
}

/** Codes a retry cannot fix: the consumer dead-letters them at once. */
export const PERMANENT_ANALYSIS_CODES = ['ANALYSIS.INCONSISTENT_EVENT', 'ANALYSIS.BENEFIT_MISMATCH', 'ANALYSIS.PORTABILITY_MISMATCH'] as const;

/** An event that passes its schema but contradicts itself (bad CPF check digits, impossible dates). */
export class InconsistentEventError extends DomainError {
  constructor(field: string, message: string) {
    super('ANALYSIS.INCONSISTENT_EVENT', message, { field });
  }
}

/** Dataprev answered for another benefit than the proposal's. */
export class BenefitMismatchError extends DomainError {
  constructor(proposalId: string) {
    super('ANALYSIS.BENEFIT_MISMATCH', 'A consulta de margem recebida é de outro benefício', { proposalId });
  }
}

/** A portability answer for a proposal that is not a portability, or for another origin contract. */
export class PortabilityMismatchError extends DomainError {
  constructor(proposalId: string, message: string) {
    super('ANALYSIS.PORTABILITY_MISMATCH', message, { proposalId });
  }
}
