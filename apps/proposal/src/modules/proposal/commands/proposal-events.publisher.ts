import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventPublisher } from '@consignado/eventing';
import { userIdOf } from '../../access/domain/principal';
import type { Proposal } from '../domain/proposal';
import { timelineEntry } from '../domain/timeline';
import { TIMELINE_REPOSITORY, type TimelineRepository } from '../database/timeline.repository';

/**
 * Writes the events the proposal raised to the outbox, in the caller's transaction (R-EV-5), with
 * the proposal's correlationId and whoever caused each as userId/channel (R-EV-1; the service's own
 * jobs: channel SYSTEM, no user), and adds each
 * to the proposal's timeline (R-PR-2).
 */
@Injectable()
export class ProposalEventsPublisher {
  constructor(
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(TIMELINE_REPOSITORY) private readonly timeline: TimelineRepository,
  ) {}

  async publishRaised(manager: EntityManager, proposal: Proposal): Promise<void> {
    for (const { type, payload, by } of proposal.pullEvents()) {
      const metadata = { correlationId: proposal.props.correlationId, userId: by.channel === 'SYSTEM' ? null : userIdOf(by), channel: by.channel };
      const envelope = await this.publisher.publish(manager, type, { payload, metadata });
      await this.timeline.append(manager, timelineEntry(proposal.id, envelope, 'EMITTED', 'APPLIED', proposal.state));
    }
  }
}
