import { IllegalTransitionError } from './proposal.errors';

/**
 * Proposal states (R-PR-2, seed 003 §3.1), plus the two of a portability in (R-LN-7):
 * PENDING_PORTABILITY_BALANCE (submitted, waiting for the origin's balance at the exchange) and
 * PENDING_PORTABILITY_SETTLEMENT (approved and booked: the balance is being transferred to the
 * origin and its settlement confirmed).
 */
export const PROPOSAL_STATES = [
  'DRAFT',
  'PENDING_DOCUMENTS',
  'PENDING_PORTABILITY_BALANCE',
  'PENDING_MARGIN_CHECK',
  'PENDING_CREDIT_ANALYSIS',
  'APPROVED',
  'PENDING_PORTABILITY_SETTLEMENT',
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
 *   PENDING_CREDIT_ANALYSIS / PENDING_PORTABILITY_BALANCE: corban and internal proposals are
 *   submitted at creation (a portability first waits for the origin's balance).
 * - PENDING_DOCUMENTS → submitted once SELFIE and ID_FRONT are in.
 * - PENDING_PORTABILITY_BALANCE → PENDING_MARGIN_CHECK (INSS) / PENDING_CREDIT_ANALYSIS on
 *   PortabilityBalanceReceived; → REJECTED when credit analysis refuses (the origin refused, the
 *   customer was retained, or a rule failed before the balance was asked).
 * - PENDING_MARGIN_CHECK → PENDING_CREDIT_ANALYSIS on MarginChecked; → REJECTED when credit
 *   analysis refuses without a margin (Dataprev failed, or a rule failed first).
 * - PENDING_CREDIT_ANALYSIS → APPROVED / REJECTED.
 * - APPROVED → PENDING_AVERBATION (INSS); → CONTRACTED for products without averbation;
 *   → PENDING_PORTABILITY_SETTLEMENT when loan booked a portability and asked for the transfer.
 * - PENDING_PORTABILITY_SETTLEMENT → PENDING_AVERBATION (INSS: the deduction moves once the origin
 *   settled); → CONTRACTED (servant: activated on the settlement); → CANCELLED (the transfer
 *   failed, or the customer cancelled before the settlement).
 * - PENDING_AVERBATION → AVERBATION_FAILED (final failure) / CONTRACTED.
 * - AVERBATION_FAILED → PENDING_AVERBATION when loan requests averbation again.
 * - Cancellation: by the customer before a contract exists; by ContractCancelled once loan
 *   booked a contract (after a failed averbation or transfer, a refused refinancing, or the right
 *   of regret after CONTRACTED).
 * REJECTED and CANCELLED are final.
 */
export const TRANSITIONS: Readonly<Record<ProposalState, readonly ProposalState[]>> = {
  DRAFT: ['PENDING_DOCUMENTS', 'PENDING_PORTABILITY_BALANCE', 'PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', 'CANCELLED'],
  PENDING_DOCUMENTS: ['PENDING_PORTABILITY_BALANCE', 'PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', 'CANCELLED'],
  PENDING_PORTABILITY_BALANCE: ['PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', 'REJECTED', 'CANCELLED'],
  PENDING_MARGIN_CHECK: ['PENDING_CREDIT_ANALYSIS', 'REJECTED', 'CANCELLED'],
  PENDING_CREDIT_ANALYSIS: ['APPROVED', 'REJECTED', 'CANCELLED'],
  APPROVED: ['PENDING_PORTABILITY_SETTLEMENT', 'PENDING_AVERBATION', 'CONTRACTED', 'CANCELLED'],
  PENDING_PORTABILITY_SETTLEMENT: ['PENDING_AVERBATION', 'CONTRACTED', 'CANCELLED'],
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

/**
 * States in which the customer (or an operator) may still cancel directly, before any contract is
 * in force (R-PR-8): loan then cancels a booked contract, and the connector a portability at the
 * exchange. A portability only until the origin confirmed its settlement (Proposal checks it).
 */
export const DIRECTLY_CANCELLABLE: readonly ProposalState[] = [
  'DRAFT',
  'PENDING_DOCUMENTS',
  'PENDING_PORTABILITY_BALANCE',
  'PENDING_MARGIN_CHECK',
  'PENDING_CREDIT_ANALYSIS',
  'APPROVED',
  'PENDING_PORTABILITY_SETTLEMENT',
  'PENDING_AVERBATION',
];
