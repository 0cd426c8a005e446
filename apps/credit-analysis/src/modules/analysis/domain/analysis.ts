import type { ProposalCreatedPayload } from '@consignado/contracts';
import { type AnalysisEvent, creditDecided, marginCheckRequested } from './analysis-events';
import { type AnalysisState, canTransition } from './analysis-state';
import type { AnalysisProps, MarginSnapshot } from './analysis.props';
import { IllegalAnalysisTransitionError } from './analysis.errors';
import { type Evaluation, hasFailures, isApprovable } from './evaluation/evaluation';
import type { DecisionReason } from './rules/reason';

export type { AnalysisProps, MarginSnapshot };

/**
 * A credit analysis of one proposal (aggregate root; id = proposalId). Every change goes through
 * the transition table; a decision keeps every evaluated reason and the parameter versions (R-CA-4).
 * Waiting for the margin raises MarginCheckRequested, a decision CreditApproved or CreditRejected;
 * the command handler pulls them into the outbox in the consumer's transaction.
 */
export class Analysis {
  private events: AnalysisEvent[] = [];

  private constructor(private props: AnalysisProps) {}

  /** A proposal arrived; the caller evaluates it and moves it on within the same transaction. */
  static receive(application: ProposalCreatedPayload, correlationId: string, now: Date): Analysis {
    const { proposalId, customerId } = application;
    return new Analysis({ proposalId, customerId, state: 'RECEIVED', application, correlationId, reasons: [], parameterVersions: [], createdAt: now, updatedAt: now });
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

  /** INSS proposal rules passed: wait for Dataprev's margin, keeping the preliminary reasons. */
  awaitMargin(preliminary: Evaluation, now: Date): void {
    if (hasFailures(preliminary)) throw new IllegalAnalysisTransitionError(this.props.state, 'WAITING_MARGIN');
    this.moveTo('WAITING_MARGIN', now);
    this.record(preliminary);
    this.events.push(marginCheckRequested(this.props));
  }

  /** APPROVED when priced and every rule passed; REJECTED when a rule failed. */
  decide(evaluation: Evaluation, now: Date): void {
    const to = isApprovable(evaluation) ? 'APPROVED' : 'REJECTED';
    if (to === 'REJECTED' && !hasFailures(evaluation)) throw new IllegalAnalysisTransitionError(this.props.state, to);
    this.moveTo(to, now);
    this.record(evaluation);
    this.props.terms = evaluation.terms;
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
