import type { ConsumedEvent } from './consumed-event';
import type { ProposalRequest } from './proposal-props';
import type { ProposalState } from './proposal-state';

/** One consumed event's rule: the state it leads to, and for each current state whether it applies now, is ahead, or stale. */
export interface EventRule {
  /** Undefined: applied without a state change (its data is recorded, the timeline shows it). */
  readonly target?: ProposalState;
  /** States in which the event applies. */
  readonly apply: readonly ProposalState[];
  /** States that have not reached the event's precondition yet: retried until they do. */
  readonly ahead: readonly ProposalState[];
  /** States already past the event (or final): recorded in the timeline, nothing else. */
  readonly stale: readonly ProposalState[];
}

const BEFORE_SUBMISSION: readonly ProposalState[] = ['DRAFT', 'PENDING_DOCUMENTS'];
const BEFORE_DECISION: readonly ProposalState[] = [...BEFORE_SUBMISSION, 'PENDING_PORTABILITY_BALANCE', 'PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS'];
const BOOKED: readonly ProposalState[] = ['PENDING_PORTABILITY_SETTLEMENT', 'PENDING_AVERBATION', 'AVERBATION_FAILED', 'CONTRACTED'];
const FINAL: readonly ProposalState[] = ['REJECTED', 'CANCELLED'];

const balanceReceived = (target: ProposalState): EventRule => ({
  target,
  apply: ['PENDING_PORTABILITY_BALANCE'],
  ahead: BEFORE_SUBMISSION,
  stale: ['PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', 'APPROVED', ...BOOKED, ...FINAL],
});

/**
 * Out-of-order arrival across topics (README of libs/contracts), decided per event:
 * - A portability waits for the origin's balance; INSS then checks the margin, others go straight
 *   to analysis. MarginChecked only matters while the margin is being checked, after the balance.
 * - CreditRejected may skip MarginChecked (Dataprev failed, or a rule failed first) and the
 *   balance (the origin refused); CreditApproved may not: an INSS approval always follows a
 *   margin check, so it waits for MarginChecked.
 * - Facts of the exchange that move nothing (PortabilityRequestFailed, PortabilityTransferCompleted
 *   / Failed) are recorded also once the proposal moved on, final states included — the
 *   CreditRejected or ContractCancelled they cause may overtake them; they never move a state.
 * - Averbation events need the approval, and for a portability the transfer's booking;
 *   ContractActivated of an INSS proposal needs AverbationRequested, a servant portability the
 *   transfer, the other products activate straight after approval.
 * - ContractIssued (the CCB to accept, R-LN-9) follows the approval and changes no state; once
 *   the contract is booked (or the proposal final) it is stale.
 * - ContractCancelled needs a contract, i.e. an approval.
 */
export const EVENT_RULES = {
  PortabilityBalanceReceivedForMarginCheck: balanceReceived('PENDING_MARGIN_CHECK'),
  PortabilityBalanceReceived: balanceReceived('PENDING_CREDIT_ANALYSIS'),
  PortabilityRequestFailed: {
    apply: ['PENDING_PORTABILITY_BALANCE', 'PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', ...FINAL],
    ahead: BEFORE_SUBMISSION,
    stale: ['APPROVED', ...BOOKED],
  },
  MarginChecked: {
    target: 'PENDING_CREDIT_ANALYSIS',
    apply: ['PENDING_MARGIN_CHECK'],
    ahead: [...BEFORE_SUBMISSION, 'PENDING_PORTABILITY_BALANCE'],
    stale: ['PENDING_CREDIT_ANALYSIS', 'APPROVED', ...BOOKED, ...FINAL],
  },
  CreditApproved: {
    target: 'APPROVED',
    apply: ['PENDING_CREDIT_ANALYSIS'],
    ahead: [...BEFORE_SUBMISSION, 'PENDING_PORTABILITY_BALANCE', 'PENDING_MARGIN_CHECK'],
    stale: ['APPROVED', ...BOOKED, ...FINAL],
  },
  CreditRejected: {
    target: 'REJECTED',
    apply: ['PENDING_PORTABILITY_BALANCE', 'PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS'],
    ahead: BEFORE_SUBMISSION,
    stale: ['APPROVED', ...BOOKED, ...FINAL],
  },
  ContractIssued: {
    apply: ['APPROVED'],
    ahead: BEFORE_DECISION,
    stale: [...BOOKED, ...FINAL],
  },
  PortabilityTransferRequested: {
    target: 'PENDING_PORTABILITY_SETTLEMENT',
    apply: ['APPROVED'],
    ahead: BEFORE_DECISION,
    stale: [...BOOKED, ...FINAL],
  },
  PortabilityTransferCompleted: {
    apply: [...BOOKED, 'CANCELLED'],
    ahead: [...BEFORE_DECISION, 'APPROVED'],
    stale: ['REJECTED'],
  },
  PortabilityTransferFailed: {
    apply: ['PENDING_PORTABILITY_SETTLEMENT', 'CANCELLED'],
    ahead: [...BEFORE_DECISION, 'APPROVED'],
    stale: ['PENDING_AVERBATION', 'AVERBATION_FAILED', 'CONTRACTED', 'REJECTED'],
  },
  AverbationRequested: {
    target: 'PENDING_AVERBATION',
    apply: ['APPROVED', 'AVERBATION_FAILED'],
    ahead: BEFORE_DECISION,
    stale: ['PENDING_PORTABILITY_SETTLEMENT', 'PENDING_AVERBATION', 'CONTRACTED', ...FINAL],
  },
  AverbationRequestedAfterPortability: {
    target: 'PENDING_AVERBATION',
    apply: ['PENDING_PORTABILITY_SETTLEMENT', 'AVERBATION_FAILED'],
    ahead: [...BEFORE_DECISION, 'APPROVED'],
    stale: ['PENDING_AVERBATION', 'CONTRACTED', ...FINAL],
  },
  AverbationFailedRetryable: {
    apply: ['PENDING_AVERBATION'],
    ahead: [...BEFORE_DECISION, 'APPROVED', 'PENDING_PORTABILITY_SETTLEMENT'],
    stale: ['AVERBATION_FAILED', 'CONTRACTED', ...FINAL],
  },
  AverbationFailedFinal: {
    target: 'AVERBATION_FAILED',
    apply: ['PENDING_AVERBATION'],
    ahead: [...BEFORE_DECISION, 'APPROVED', 'PENDING_PORTABILITY_SETTLEMENT'],
    stale: ['AVERBATION_FAILED', 'CONTRACTED', ...FINAL],
  },
  ContractActivatedAfterAverbation: {
    target: 'CONTRACTED',
    apply: ['PENDING_AVERBATION'],
    ahead: [...BEFORE_DECISION, 'APPROVED', 'PENDING_PORTABILITY_SETTLEMENT', 'AVERBATION_FAILED'],
    stale: ['CONTRACTED', ...FINAL],
  },
  ContractActivatedAfterPortability: {
    target: 'CONTRACTED',
    apply: ['PENDING_PORTABILITY_SETTLEMENT'],
    ahead: [...BEFORE_DECISION, 'APPROVED'],
    stale: ['PENDING_AVERBATION', 'AVERBATION_FAILED', 'CONTRACTED', ...FINAL],
  },
  ContractActivatedWithoutAverbation: {
    target: 'CONTRACTED',
    apply: ['APPROVED', 'PENDING_AVERBATION'],
    ahead: [...BEFORE_DECISION, 'AVERBATION_FAILED'],
    stale: ['PENDING_PORTABILITY_SETTLEMENT', 'CONTRACTED', ...FINAL],
  },
  ContractCancelled: {
    target: 'CANCELLED',
    apply: ['APPROVED', ...BOOKED],
    ahead: BEFORE_DECISION,
    stale: FINAL,
  },
} as const satisfies Record<string, EventRule>;

export type EventRuleName = keyof typeof EVENT_RULES;

/** The rule for `event` on a proposal of this product and operation: only INSS consignado is registered at Dataprev (averbação). */
export function ruleNameFor(event: ConsumedEvent, request: Pick<ProposalRequest, 'product' | 'operationType'>): EventRuleName {
  const inss = request.product === 'INSS_CONSIGNADO';
  const portability = request.operationType === 'PORTABILITY';
  switch (event.type) {
    case 'PortabilityBalanceReceived':
      return inss ? 'PortabilityBalanceReceivedForMarginCheck' : 'PortabilityBalanceReceived';
    case 'AverbationRequested':
      return portability ? 'AverbationRequestedAfterPortability' : 'AverbationRequested';
    case 'AverbationFailed':
      return event.payload.retryable ? 'AverbationFailedRetryable' : 'AverbationFailedFinal';
    case 'ContractActivated':
      if (inss) return 'ContractActivatedAfterAverbation';
      return portability ? 'ContractActivatedAfterPortability' : 'ContractActivatedWithoutAverbation';
    default:
      return event.type;
  }
}

export type Effect = 'APPLY' | 'AHEAD' | 'STALE';

export function effectIn(rule: EventRule, state: ProposalState): Effect {
  if ((rule.apply as readonly string[]).includes(state)) return 'APPLY';
  if ((rule.ahead as readonly string[]).includes(state)) return 'AHEAD';
  return 'STALE';
}
