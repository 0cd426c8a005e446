import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { ProposalConfig } from '../../../../config';
import { Clock } from '../../../../shared/clock';
import { CommissionPolicy } from '../../domain/commission';
import { type ConsumedEventType, followsNoProposal } from '../../domain/consumed-event';
import { AcceptanceWindow } from '../../domain/formalization';
import { EventAheadOfStateError, ProposalNotFoundError } from '../../domain/proposal.errors';
import { timelineEntry } from '../../domain/timeline';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { TIMELINE_REPOSITORY, type TimelineRepository } from '../../database/timeline.repository';
import { ParkedEvents, toConsumedEvent } from './parked-events';

/**
 * Keeps the proposal's state true to the flow (R-PR-2), inside the consumer's transaction: locks
 * the proposal, applies the event through its rule and records it in the timeline — stale ones
 * too. An event ahead of the state is parked until the proposal catches up (after
 * AHEAD_EVENT_ATTEMPTS attempts, by default the first); one naming no proposal here is dead-lettered at once.
 * A RENEGOTIATION contract's activation is no step of any proposal: consumed, nothing changed.
 */
@Injectable()
export class ApplyProposalEventHandler {
  private readonly logger = new Logger('ProposalEvents');
  private readonly parkAfterAttempts: number;

  constructor(
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(TIMELINE_REPOSITORY) private readonly timeline: TimelineRepository,
    @Inject(ParkedEvents) private readonly parked: ParkedEvents,
    @Inject(CommissionPolicy) private readonly commission: CommissionPolicy,
    @Inject(AcceptanceWindow) private readonly window: AcceptanceWindow,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ProposalConfig) config: ProposalConfig,
  ) {
    this.parkAfterAttempts = Math.min(config.AHEAD_EVENT_ATTEMPTS, config.EVENT_MAX_ATTEMPTS);
  }

  async execute(manager: EntityManager, envelope: EventEnvelope<ConsumedEventType>, attempt: number): Promise<void> {
    if (followsNoProposal(envelope)) return this.logger.log({ proposalId: envelope.payload.proposalId, eventType: envelope.eventType, eventId: envelope.eventId, outcome: 'IGNORED', why: 'RENEGOTIATION' });
    const proposal = await this.proposals.lock(manager, envelope.payload.proposalId);
    if (!proposal) throw new ProposalNotFoundError();
    const now = this.clock.now();
    const before = proposal.state;
    let outcome;
    try {
      outcome = proposal.apply(toConsumedEvent(envelope), this.commission, now, this.window);
    } catch (error) {
      if (!(error instanceof EventAheadOfStateError) || attempt < this.parkAfterAttempts) throw error;
      return this.parked.park(manager, proposal, envelope, now);
    }
    this.logger.log({ proposalId: proposal.id, eventType: envelope.eventType, eventId: envelope.eventId, outcome, from: before, to: proposal.state });
    await this.timeline.append(manager, timelineEntry(proposal.id, envelope, 'CONSUMED', outcome, proposal.state));
    if (outcome === 'STALE') return;
    await this.parked.release(manager, proposal, now);
    await this.proposals.update(manager, proposal);
  }
}
