import type { Product } from '@consignado/contracts';
import type { ConsumedEvent } from './consumed-event';
import type { ProposalState } from './proposal-state';

/** One consumed event's rule: the state it leads to, and for each current state whether it applies now, is ahead, or stale. */
export interface EventRule {
  /** Undefined: applied without a state change (a retryable averbation failure only adds to the timeline). */
  readonly target?: ProposalState;
  /** States in which the event applies. */
  readonly apply: readonly ProposalState[];
  /** States that have not reached the event's precondition yet: retried until they do. */
  readonly ahead: readonly ProposalState[];
  /** States already past the event (or final): recorded in the timeline, nothing else. */
  readonly stale: readonly ProposalState[];
}

const BEFORE_SUBMISSION: readonly ProposalState[] = ['DRAFT', 'PENDING_DOCUMENTS'];
const BEFORE_DECISION: readonly ProposalState[] = [...BEFORE_SUBMISSION, 'PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS'];
const FINAL: readonly ProposalState[] = ['REJECTED', 'CANCELLED'];

/**
 * Out-of-order arrival across topics (README of libs/contracts), decided per event:
 * - MarginChecked only matters while the margin is being checked.
 * - CreditRejected may skip MarginChecked (Dataprev failed, or a rule failed first); CreditApproved
 *   may not: an INSS approval always follows a margin check, so it waits for MarginChecked.
 * - Averbation events need the approval; ContractActivated of an INSS proposal needs
 *   AverbationRequested, while the products without averbation activate straight after approval.
 * - ContractCancelled needs a contract, i.e. an approval.
 */
export const EVENT_RULES = {
  MarginChecked: {
    target: 'PENDING_CREDIT_ANALYSIS',
    apply: ['PENDING_MARGIN_CHECK'],
    ahead: BEFORE_SUBMISSION,
    stale: ['PENDING_CREDIT_ANALYSIS', 'APPROVED', 'PENDING_AVERBATION', 'AVERBATION_FAILED', 'CONTRACTED', ...FINAL],
  },
  CreditApproved: {
    target: 'APPROVED',
    apply: ['PENDING_CREDIT_ANALYSIS'],
    ahead: [...BEFORE_SUBMISSION, 'PENDING_MARGIN_CHECK'],
    stale: ['APPROVED', 'PENDING_AVERBATION', 'AVERBATION_FAILED', 'CONTRACTED', ...FINAL],
  },
  CreditRejected: {
    target: 'REJECTED',
    apply: ['PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS'],
    ahead: BEFORE_SUBMISSION,
    stale: ['APPROVED', 'PENDING_AVERBATION', 'AVERBATION_FAILED', 'CONTRACTED', ...FINAL],
  },
  AverbationRequested: {
    target: 'PENDING_AVERBATION',
    apply: ['APPROVED', 'AVERBATION_FAILED'],
    ahead: BEFORE_DECISION,
    stale: ['PENDING_AVERBATION', 'CONTRACTED', ...FINAL],
  },
  AverbationFailedRetryable: {
    apply: ['PENDING_AVERBATION'],
    ahead: [...BEFORE_DECISION, 'APPROVED'],
    stale: ['AVERBATION_FAILED', 'CONTRACTED', ...FINAL],
  },
  AverbationFailedFinal: {
    target: 'AVERBATION_FAILED',
    apply: ['PENDING_AVERBATION'],
    ahead: [...BEFORE_DECISION, 'APPROVED'],
    stale: ['AVERBATION_FAILED', 'CONTRACTED', ...FINAL],
  },
  ContractActivatedAfterAverbation: {
    target: 'CONTRACTED',
    apply: ['PENDING_AVERBATION'],
    ahead: [...BEFORE_DECISION, 'APPROVED', 'AVERBATION_FAILED'],
    stale: ['CONTRACTED', ...FINAL],
  },
  ContractActivatedWithoutAverbation: {
    target: 'CONTRACTED',
    apply: ['APPROVED', 'PENDING_AVERBATION'],
    ahead: [...BEFORE_DECISION, 'AVERBATION_FAILED'],
    stale: ['CONTRACTED', ...FINAL],
  },
  ContractCancelled: {
    target: 'CANCELLED',
    apply: ['APPROVED', 'PENDING_AVERBATION', 'AVERBATION_FAILED', 'CONTRACTED'],
    ahead: BEFORE_DECISION,
    stale: FINAL,
  },
} as const satisfies Record<string, EventRule>;

export type EventRuleName = keyof typeof EVENT_RULES;

/** Only INSS consignado is registered at Dataprev (averbação); the others activate on approval. */
const AVERBATED: readonly Product[] = ['INSS_CONSIGNADO'];

export function ruleNameFor(event: ConsumedEvent, product: Product): EventRuleName {
  if (event.type === 'AverbationFailed') return event.payload.retryable ? 'AverbationFailedRetryable' : 'AverbationFailedFinal';
  if (event.type === 'ContractActivated') return AVERBATED.includes(product) ? 'ContractActivatedAfterAverbation' : 'ContractActivatedWithoutAverbation';
  return event.type;
}

export type Effect = 'APPLY' | 'AHEAD' | 'STALE';

export function effectIn(rule: EventRule, state: ProposalState): Effect {
  if ((rule.apply as readonly string[]).includes(state)) return 'APPLY';
  if ((rule.ahead as readonly string[]).includes(state)) return 'AHEAD';
  return 'STALE';
}
