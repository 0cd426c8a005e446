import { IllegalTransitionError } from './proposal.errors';

/** Proposal states (R-PR-2, seed 003 §3.1). */
export const PROPOSAL_STATES = [
  'DRAFT',
  'PENDING_DOCUMENTS',
  'PENDING_MARGIN_CHECK',
  'PENDING_CREDIT_ANALYSIS',
  'APPROVED',
  'PENDING_AVERBATION',
  'AVERBATION_FAILED',
  'CONTRACTED',
  'REJECTED',
  'CANCELLED',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/**
 * Every legal transition, and nothing else (R-PR-2). Why each exists:
 * - DRAFT → PENDING_DOCUMENTS: a digital proposal waits for selfie and ID; → PENDING_MARGIN_CHECK /
 *   PENDING_CREDIT_ANALYSIS: corban and internal proposals are submitted at creation.
 * - PENDING_DOCUMENTS → submitted once SELFIE and ID_FRONT are in.
 * - PENDING_MARGIN_CHECK → PENDING_CREDIT_ANALYSIS on MarginChecked; → REJECTED when credit
 *   analysis refuses without a margin (Dataprev failed, or a rule failed first).
 * - PENDING_CREDIT_ANALYSIS → APPROVED / REJECTED.
 * - APPROVED → PENDING_AVERBATION (INSS); → CONTRACTED for products without averbation.
 * - PENDING_AVERBATION → AVERBATION_FAILED (final failure) / CONTRACTED.
 * - AVERBATION_FAILED → PENDING_AVERBATION when loan requests averbation again.
 * - Cancellation: by the customer before a contract exists; by ContractCancelled once loan
 *   booked a contract (after a failed averbation, or the right of regret after CONTRACTED).
 * REJECTED and CANCELLED are final.
 */
export const TRANSITIONS: Readonly<Record<ProposalState, readonly ProposalState[]>> = {
  DRAFT: ['PENDING_DOCUMENTS', 'PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', 'CANCELLED'],
  PENDING_DOCUMENTS: ['PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', 'CANCELLED'],
  PENDING_MARGIN_CHECK: ['PENDING_CREDIT_ANALYSIS', 'REJECTED', 'CANCELLED'],
  PENDING_CREDIT_ANALYSIS: ['APPROVED', 'REJECTED', 'CANCELLED'],
  APPROVED: ['PENDING_AVERBATION', 'CONTRACTED', 'CANCELLED'],
  PENDING_AVERBATION: ['AVERBATION_FAILED', 'CONTRACTED', 'CANCELLED'],
  AVERBATION_FAILED: ['PENDING_AVERBATION', 'CANCELLED'],
  CONTRACTED: ['CANCELLED'],
  REJECTED: [],
  CANCELLED: [],
};

export function canTransition(from: ProposalState, to: ProposalState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The state after `from → to`, or PROPOSAL.ILLEGAL_TRANSITION. */
export function transition(from: ProposalState, to: ProposalState): ProposalState {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
  return to;
}

/** States in which the customer (or an operator) may still cancel directly, before any contract (R-PR-8). */
export const DIRECTLY_CANCELLABLE: readonly ProposalState[] = ['DRAFT', 'PENDING_DOCUMENTS', 'PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', 'APPROVED', 'PENDING_AVERBATION'];
