import { DomainError } from '@consignado/core';
import type { IsoDate } from '@consignado/finance';
import { type Principal, userIdOf } from '../../access/domain/principal';
import type { Customer } from '../../customer/domain/customer';
import { acceptanceOf } from './acceptance';
import type { CommissionPolicy } from './commission';
import type { ConsumedEvent, EventOutcome } from './consumed-event';
import { type DocumentKind, documentsComplete } from './documents';
import { effectIn, EVENT_RULES, ruleNameFor } from './event-rules';
import { assertConcerns } from './event-concerns';
import { effectsOf } from './event-effects';
import { AcceptanceWindow, acceptanceOverdue } from './formalization';
import { checkOperation } from './operation-rules';
import { portabilitySettled } from './portability-progress';
import { CancellationAlreadyRequestedError, EventAheadOfStateError, IllegalTransitionError, PortabilityAlreadySettledError, RegretPeriodExpiredError } from './proposal.errors';
import { type ProposalEvent, proposalAccepted, proposalCancelled, proposalCreated, SYSTEM } from './proposal-events';
import type { ProposalCancellationReason, ProposalProps, ProposalRequest } from './proposal-props';
import { DIRECTLY_CANCELLABLE, type ProposalState, transition } from './proposal-state';
import { regretDeadline, withinRegretWindow } from './regret-window';

/** What a cancellation request led to (R-PR-8). */
export type CancellationResult =
  | { kind: 'CANCELLED'; reason: ProposalCancellationReason }
  | { kind: 'REGRET_REQUESTED'; contractId: string };

/** `cancellation.requestedBy` of a proposal cancelled because its contract was not accepted in time. */
export const ACCEPTANCE_EXPIRY = 'acceptance-expiry';

/** States in which the digital customer may still send documents. */
const OPEN_FOR_DOCUMENTS: readonly ProposalState[] = ['PENDING_DOCUMENTS', 'PENDING_PORTABILITY_BALANCE', 'PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS'];

/**
 * The proposal aggregate (R-PR-2): every state change goes through the transition table, every
 * consumed event through its rule (apply, ahead → retry, stale → timeline only). It raises
 * ProposalCreated when submitted, ProposalAccepted when the customer accepts the issued contract
 * and ProposalCancelled when cancelled (or left unaccepted); the command handler pulls them and
 * writes them to the outbox in its transaction.
 */
export class Proposal {
  private events: ProposalEvent[] = [];

  private constructor(private current: ProposalProps) {}

  /**
   * A new proposal of `applicant`: digital waits for documents, corban and internal are submitted
   * at once (R-PR-1).
   */
  static open(input: { id: string; customerId: string; origin: Principal; request: ProposalRequest; correlationId: string; offerId?: string }, applicant: Customer, now: Date): Proposal {
    checkOperation(input.request);
    const proposal = new Proposal({ ...input, state: 'DRAFT', documentKinds: [], createdAt: now, updatedAt: now });
    if (input.origin.channel === 'DIGITAL') proposal.moveTo('PENDING_DOCUMENTS', now);
    else proposal.submit(applicant, now);
    return proposal;
  }

  static restore(props: ProposalProps): Proposal {
    return new Proposal(props);
  }

  get props(): ProposalProps {
    return this.current;
  }

  get id(): string {
    return this.current.id;
  }

  get state(): ProposalState {
    return this.current.state;
  }

  get submitted(): boolean {
    return this.current.submittedAt !== undefined;
  }

  /** Events raised since the last pull, oldest first. */
  pullEvents(): ProposalEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /** Digital only; SELFIE + ID_FRONT submit the proposal of `applicant`. Returns true when this upload submitted it. */
  attachDocument(kind: DocumentKind, applicant: Customer, now: Date): boolean {
    if (!OPEN_FOR_DOCUMENTS.includes(this.state)) {
      throw new DomainError('PROPOSAL.DOCUMENTS_CONFLICT', `A proposta no estado ${this.state} não recebe mais documentos.`, { state: this.state });
    }
    this.update({ documentKinds: [...new Set([...this.current.documentKinds, kind])] }, now);
    if (this.state !== 'PENDING_DOCUMENTS' || !documentsComplete(this.current.documentKinds)) return false;
    this.submit(applicant, now);
    return true;
  }

  /**
   * Applies a consumed event; throws PROPOSAL.EVENT_AHEAD_OF_STATE (retryable) when its precondition
   * is not met yet. `window`: the configured acceptance window, for ContractIssued (R-LN-9).
   */
  apply(event: ConsumedEvent, commission: CommissionPolicy, now: Date, window: AcceptanceWindow = new AcceptanceWindow()): EventOutcome {
    assertConcerns(event, this.current);
    const rule = EVENT_RULES[ruleNameFor(event, this.current.request)];
    const effect = effectIn(rule, this.state);
    if (effect === 'AHEAD') throw new EventAheadOfStateError(event.type, this.state);
    if (effect === 'STALE') return 'STALE';
    const target = 'target' in rule ? rule.target : undefined;
    this.update({ ...effectsOf(event, this.current, commission, window), state: target ? transition(this.state, target) : this.state }, now);
    return 'APPLIED';
  }

  /**
   * R-PR-8: before a contract is active the proposal is cancelled at once; once CONTRACTED, the
   * right of regret within 7 days is requested and the proposal waits for ContractCancelled. A
   * portability can be cancelled until the origin confirmed its settlement, not after.
   */
  requestCancellation(by: Principal, today: IsoDate, now: Date, note?: string): CancellationResult {
    const requested = { requestedAt: now.toISOString(), requestedBy: userIdOf(by), ...(note ? { note } : {}) };
    if (this.state === 'CONTRACTED') {
      const { activatedAt, contractId } = this.current;
      if (this.current.cancellation) throw new CancellationAlreadyRequestedError();
      if (!activatedAt || !contractId) throw new IllegalTransitionError(this.state, 'CANCELLED');
      if (!withinRegretWindow(new Date(activatedAt), today)) throw new RegretPeriodExpiredError(regretDeadline(new Date(activatedAt)).toString());
      this.update({ cancellation: { reason: 'RIGHT_OF_REGRET', ...requested } }, now);
      this.raise(proposalCancelled(this.current, by, { reason: 'RIGHT_OF_REGRET', contractId, note }, now));
      return { kind: 'REGRET_REQUESTED', contractId };
    }
    if (!DIRECTLY_CANCELLABLE.includes(this.state)) throw new IllegalTransitionError(this.state, 'CANCELLED');
    if (portabilitySettled(this.current.portabilityProgress)) throw new PortabilityAlreadySettledError();
    const reason: ProposalCancellationReason = by.channel === 'INTERNAL' ? 'OPERATOR' : 'CUSTOMER_REQUEST';
    this.update({ state: transition(this.state, 'CANCELLED'), cancellation: { reason, ...requested } }, now);
    this.raise(proposalCancelled(this.current, by, { reason, note }, now));
    return { kind: 'CANCELLED', reason };
  }

  /**
   * R-LN-9: `by` accepts the issued contract by its CCB's SHA-256 (checks in acceptance.ts) and
   * the proposal raises ProposalAccepted, on which loan books it. Returns false when that document
   * was already accepted: nothing changes, nothing is raised.
   */
  accept(documentHash: string, by: Principal, now: Date): boolean {
    const acceptance = acceptanceOf(this.current, documentHash, by, now);
    if (!acceptance || !this.current.formalization) return false;
    this.update({ formalization: { ...this.current.formalization, acceptance } }, now);
    this.raise(proposalAccepted(this.current, by));
    return true;
  }

  /**
   * R-LN-9: an approved proposal whose issued contract was not accepted by `acceptBy` is cancelled
   * (ACCEPTANCE_EXPIRED) by the service itself; loan then cancels the contract. False when not due.
   */
  expireAcceptance(now: Date): boolean {
    if (this.state !== 'APPROVED' || !acceptanceOverdue(this.current.formalization, now)) return false;
    const cancellation = { reason: 'ACCEPTANCE_EXPIRED' as const, requestedAt: now.toISOString(), requestedBy: ACCEPTANCE_EXPIRY };
    this.update({ state: transition(this.state, 'CANCELLED'), cancellation }, now);
    this.raise(proposalCancelled(this.current, SYSTEM, { reason: 'ACCEPTANCE_EXPIRED' }, now));
    return true;
  }

  /**
   * Internal operators see every proposal; a corban only its own (R-PR-1); a customer every proposal
   * made for them, whichever channel made it (R-SEC-1).
   */
  isVisibleTo(principal: Principal): boolean {
    const origin = this.current.origin;
    if (principal.channel === 'INTERNAL') return true;
    if (principal.channel === 'CORBAN') return origin.channel === 'CORBAN' && origin.partnerId === principal.partnerId;
    return this.current.customerId === principal.customerId;
  }

  /** A portability first waits for the origin's balance; INSS checks the margin; the others go to analysis. */
  private submit(applicant: Customer, now: Date): void {
    this.moveTo(submittedState(this.current.request), now);
    this.update({ submittedAt: now }, now);
    this.raise(proposalCreated(this.current, applicant));
  }

  private moveTo(to: ProposalState, now: Date): void {
    this.update({ state: transition(this.state, to) }, now);
  }

  private raise(event: ProposalEvent): void {
    this.events.push(event);
  }

  private update(changes: Partial<ProposalProps>, now: Date): void {
    this.current = { ...this.current, ...changes, updatedAt: now };
  }
}

function submittedState({ operationType, product }: ProposalRequest): ProposalState {
  if (operationType === 'PORTABILITY') return 'PENDING_PORTABILITY_BALANCE';
  return product === 'INSS_CONSIGNADO' ? 'PENDING_MARGIN_CHECK' : 'PENDING_CREDIT_ANALYSIS';
}
