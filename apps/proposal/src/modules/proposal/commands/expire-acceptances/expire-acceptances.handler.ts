import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../shared/clock';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { ParkedEvents } from '../apply-proposal-event/parked-events';
import { ProposalEventsPublisher } from '../proposal-events.publisher';

/**
 * R-LN-9: cancels every APPROVED proposal whose issued contract was not accepted by its deadline
 * (ACCEPTANCE_EXPIRED), `batch` per transaction: each raises ProposalCancelled (channel SYSTEM) in
 * that transaction, and loan cancels the contract. Rows are locked with SKIP LOCKED, so instances
 * running it at once share the work and an acceptance in flight wins or waits its turn.
 */
@Injectable()
export class ExpireAcceptancesHandler {
  private readonly logger = new Logger('AcceptanceExpiry');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(ProposalEventsPublisher) private readonly events: ProposalEventsPublisher,
    @Inject(ParkedEvents) private readonly parked: ParkedEvents,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The ids of the proposals it cancelled. */
  async execute(batch = 100): Promise<string[]> {
    const expired: string[] = [];
    for (let full = true; full; ) {
      const round = await this.dataSource.transaction(async (manager) => {
        const now = this.clock.now();
        const cancelled: string[] = [];
        for (const proposal of await this.proposals.lockOverdueAcceptances(manager, now, batch)) {
          if (!proposal.expireAcceptance(now)) continue;
          await this.events.publishRaised(manager, proposal);
          // Events parked ahead of the state are now stale: recorded after the cancellation.
          await this.parked.release(manager, proposal, now);
          await this.proposals.update(manager, proposal);
          this.logger.log({ proposalId: proposal.id, flowCorrelationId: proposal.props.correlationId, contractId: proposal.props.formalization?.contractId, state: proposal.state });
          cancelled.push(proposal.id);
        }
        return cancelled;
      });
      expired.push(...round);
      full = round.length === batch;
    }
    return expired;
  }
}
