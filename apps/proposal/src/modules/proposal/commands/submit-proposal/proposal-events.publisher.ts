import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, EventMetadata, PayloadOf } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import { type Principal, userIdOf } from '../../../access/domain/principal';
import type { Customer } from '../../../customer/domain/customer';
import type { Proposal } from '../../domain/proposal';
import { proposalCreatedPayload } from '../../domain/proposal-created';
import { timelineEntry } from '../../domain/timeline';
import { TIMELINE_REPOSITORY, type TimelineRepository } from '../../database/timeline.repository';

/**
 * Writes the events the proposal emits to the outbox, in the caller's transaction (R-EV-5), with
 * the proposal's correlationId and the caller as userId/channel (R-EV-1), and adds each to the
 * proposal's timeline (R-PR-2).
 */
@Injectable()
export class ProposalEventsPublisher {
  constructor(
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(TIMELINE_REPOSITORY) private readonly timeline: TimelineRepository,
  ) {}

  /** Submission: ProposalCreated for credit analysis. */
  async submitted(manager: EntityManager, proposal: Proposal, customer: Customer): Promise<void> {
    const payload = proposalCreatedPayload(proposal, customer);
    await this.record(manager, proposal, await this.publisher.publish(manager, 'ProposalCreated', { payload, metadata: metadataOf(proposal, proposal.props.origin) }));
  }

  async cancelled(manager: EntityManager, proposal: Proposal, by: Principal, payload: PayloadOf<'ProposalCancelled'>): Promise<void> {
    await this.record(manager, proposal, await this.publisher.publish(manager, 'ProposalCancelled', { payload, metadata: metadataOf(proposal, by) }));
  }

  private async record(manager: EntityManager, proposal: Proposal, envelope: EventEnvelope): Promise<void> {
    await this.timeline.append(manager, timelineEntry(proposal.id, envelope, 'EMITTED', 'APPLIED', proposal.state));
  }
}

/** R-EV-1 metadata of a flow the caller started: the proposal's correlationId, no cause. */
function metadataOf(proposal: Proposal, by: Principal): Partial<EventMetadata> {
  return { correlationId: proposal.props.correlationId, userId: userIdOf(by), channel: by.channel };
}
