import type { ProposalCreatedPayload } from '@consignado/contracts';
import { type AnalysisEvent, creditDecided, marginCheckRequested, portabilityBalanceRequested } from './analysis-events';
import { type AnalysisState, canTransition } from './analysis-state';
import type { AnalysisProps, MarginSnapshot, PortabilityBalance } from './analysis.props';
import { IllegalAnalysisTransitionError } from './analysis.errors';
import { type Evaluation, hasFailures, isApprovable } from './evaluation/evaluation';
import type { DecisionReason } from './rules/reason';
import type { ApplicantProfile } from '../../personalization/domain/applicant-profile';

export type { AnalysisProps, MarginSnapshot, PortabilityBalance };

/**
 * A credit analysis of one proposal (aggregate root; id = proposalId). Every change goes through
 * the transition table; a decision keeps every evaluated reason and the parameter versions (R-CA-4).
 * Waiting for the margin raises MarginCheckRequested, waiting for a portability's balance
 * PortabilityBalanceRequested, a decision CreditApproved or CreditRejected; the command handler
 * pulls them into the outbox in the consumer's transaction.
 */
export class Analysis {
  private events: AnalysisEvent[] = [];

  private constructor(private props: AnalysisProps) {}

  /** A proposal arrived; the caller evaluates it and moves it on within the same transaction. */
  static receive(application: ProposalCreatedPayload, correlationId: string, now: Date, applicantProfile?: ApplicantProfile): Analysis {
    const { proposalId, customerId } = application;
    return new Analysis({ proposalId, customerId, state: 'RECEIVED', application, correlationId, applicantProfile, reasons: [], parameterVersions: [], createdAt: now, updatedAt: now });
  }

  /** The cancellation came before the proposal (or the proposal never reached analysis): remember it. */
  static cancelledBeforeReceipt(proposalId: string, customerId: string, now: Date): Analysis {
    const analysis = new Analysis({ proposalId, customerId, state: 'RECEIVED', reasons: [], parameterVersions: [], createdAt: now, updatedAt: now });
    analysis.moveTo('CANCELLED', now);
    return analysis;
  }

  static restore(props: AnalysisProps): Analysis {
    return new Analysis({ ...props });
  }

  /** INSS rules known so far passed: wait for Dataprev's margin, keeping the preliminary reasons. */
  awaitMargin(preliminary: Evaluation, now: Date): void {
    this.wait('WAITING_MARGIN', preliminary, now);
    this.events.push(marginCheckRequested(this.props));
  }

  /** A portability in passed its proposal rules: wait for the origin's balance (R-LN-7, R-LN-11). */
  awaitPortabilityBalance(preliminary: Evaluation, now: Date): void {
    if (this.props.application?.operationType !== 'PORTABILITY') throw new IllegalAnalysisTransitionError(this.props.state, 'WAITING_PORTABILITY_BALANCE');
    this.wait('WAITING_PORTABILITY_BALANCE', preliminary, now);
    this.events.push(portabilityBalanceRequested(this.props));
  }

  /** The origin's balance arrived; the caller then waits for the margin (INSS) or decides. */
  recordPortabilityBalance(balance: PortabilityBalance): void {
    if (this.props.state !== 'WAITING_PORTABILITY_BALANCE') throw new IllegalAnalysisTransitionError(this.props.state, 'WAITING_MARGIN');
    this.props.portability = balance;
  }

  /** APPROVED when priced and every rule passed; REJECTED when a rule failed. */
  decide(evaluation: Evaluation, now: Date): void {
    const to = isApprovable(evaluation) ? 'APPROVED' : 'REJECTED';
    if (to === 'REJECTED' && !hasFailures(evaluation)) throw new IllegalAnalysisTransitionError(this.props.state, to);
    this.moveTo(to, now);
    this.record(evaluation);
    this.props.terms = evaluation.terms;
    this.props.refinancing = evaluation.refinancing;
    this.props.decidedAt = now;
    this.events.push(creditDecided(this.props));
  }

  recordMargin(snapshot: MarginSnapshot): void {
    this.props.margin = snapshot;
  }

  /** A pending analysis stops; a decision already taken stays. Returns whether anything changed. */
  cancel(now: Date): boolean {
    if (!canTransition(this.props.state, 'CANCELLED')) return false;
    this.moveTo('CANCELLED', now);
    return true;
  }

  get state(): AnalysisState {
    return this.props.state;
  }

  get proposalId(): string {
    return this.props.proposalId;
  }

  get application(): ProposalCreatedPayload | undefined {
    return this.props.application;
  }

  get portability(): PortabilityBalance | undefined {
    return this.props.portability;
  }

  get failedReasons(): DecisionReason[] {
    return this.props.reasons.filter((r) => !r.passed);
  }

  /** Events raised since the last pull, oldest first. */
  pullEvents(): AnalysisEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /** A copy of the state, for persistence and read models. */
  snapshot(): Readonly<AnalysisProps> {
    return { ...this.props, reasons: [...this.props.reasons], parameterVersions: [...this.props.parameterVersions] };
  }

  private wait(state: 'WAITING_MARGIN' | 'WAITING_PORTABILITY_BALANCE', preliminary: Evaluation, now: Date): void {
    if (hasFailures(preliminary)) throw new IllegalAnalysisTransitionError(this.props.state, state);
    this.moveTo(state, now);
    this.record(preliminary);
  }

  private record(evaluation: Evaluation): void {
    this.props.reasons = [...evaluation.reasons];
    this.props.parameterVersion = evaluation.parameterVersion;
    this.props.parameterVersions = [...evaluation.parameterVersions];
  }

  private moveTo(to: AnalysisState, now: Date): void {
    if (!canTransition(this.props.state, to)) throw new IllegalAnalysisTransitionError(this.props.state, to);
    this.props.state = to;
    this.props.updatedAt = now;
  }
}
