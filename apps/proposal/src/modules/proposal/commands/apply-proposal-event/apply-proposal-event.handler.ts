import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { Clock } from '../../../../shared/clock';
import { CommissionPolicy } from '../../domain/commission';
import type { ConsumedEvent, ConsumedEventType } from '../../domain/consumed-event';
import { ProposalNotFoundError } from '../../domain/proposal.errors';
import { timelineEntry } from '../../domain/timeline';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { TIMELINE_REPOSITORY, type TimelineRepository } from '../../database/timeline.repository';

/**
 * Keeps the proposal's state true to the flow (R-PR-2), inside the consumer's transaction: locks
 * the proposal, applies the event through its rule and records it in the timeline — stale ones
 * too. An event ahead of the state throws (retried); one naming no proposal here is permanent.
 */
@Injectable()
export class ApplyProposalEventHandler {
  constructor(
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(TIMELINE_REPOSITORY) private readonly timeline: TimelineRepository,
    @Inject(CommissionPolicy) private readonly commission: CommissionPolicy,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(manager: EntityManager, envelope: EventEnvelope<ConsumedEventType>): Promise<void> {
    const proposal = await this.proposals.lock(manager, envelope.payload.proposalId);
    if (!proposal) throw new ProposalNotFoundError();
    const event = { type: envelope.eventType, payload: envelope.payload, occurredAt: envelope.occurredAt } as ConsumedEvent;
    const outcome = proposal.apply(event, this.commission, this.clock.now());
    if (outcome === 'APPLIED') await this.proposals.update(manager, proposal);
    await this.timeline.append(manager, timelineEntry(proposal.id, envelope, 'CONSUMED', outcome, proposal.state));
  }
}
