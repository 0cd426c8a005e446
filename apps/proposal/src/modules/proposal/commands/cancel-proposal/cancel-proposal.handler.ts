import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../shared/clock';
import type { Principal } from '../../../access/domain/principal';
import type { Proposal } from '../../domain/proposal';
import { ProposalNotFoundError } from '../../domain/proposal.errors';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { ParkedEvents } from '../apply-proposal-event/parked-events';
import { ProposalEventsPublisher } from '../proposal-events.publisher';

/**
 * R-PR-8: cancels before contracting, or requests the right of regret within 7 days of activation
 * (the proposal then waits for loan's ContractCancelled). The ProposalCancelled the proposal
 * raises goes out in the same transaction.
 */
@Injectable()
export class CancelProposalHandler {
  private readonly logger = new Logger('CancelProposal');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(ProposalEventsPublisher) private readonly events: ProposalEventsPublisher,
    @Inject(ParkedEvents) private readonly parked: ParkedEvents,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  execute(proposalId: string, by: Principal, reason?: string): Promise<Proposal> {
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lock(manager, proposalId);
      if (!proposal || !proposal.isVisibleTo(by)) throw new ProposalNotFoundError();
      const now = this.clock.now();
      const result = proposal.requestCancellation(by, this.clock.today(), now, reason);
      await this.events.publishRaised(manager, proposal);
      // Events parked ahead of the state are now stale: recorded in the timeline after the cancellation.
      await this.parked.release(manager, proposal, now);
      await this.proposals.update(manager, proposal);
      this.logger.log({ proposalId: proposal.id, flowCorrelationId: proposal.props.correlationId, channel: by.channel, outcome: result.kind, state: proposal.state });
      return proposal;
    });
  }
}
