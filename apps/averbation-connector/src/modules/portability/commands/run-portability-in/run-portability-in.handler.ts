import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runWithContext } from '@consignado/service-kit';
import { CTC_GATEWAY, type CtcGateway } from '../../../exchange/ctc.gateway';
import type { RetryPolicy } from '../../../jobs/domain/retry-policy';
import type { Leased } from '../../../jobs/lease';
import { CTC_RETRY } from '../../../jobs/retry-policies';
import { FEED_REPOSITORY, type FeedRepository } from '../../database/feed.repository';
import { PORTABILITY_IN_REPOSITORY, type PortabilityInRepository } from '../../database/portability.repositories';
import type { PortabilityIn } from '../../domain/portability-in';
import { PortabilityEventsPublisher } from '../portability-events.publisher';
import { callExchange } from './in-steps';

/**
 * One exchange call for a leased portability in (open, transfer or cancel), then, in one
 * transaction, its new state and the events it raised. When the open call reveals the NU, the
 * feed messages that arrived for it before (kept by the feed reader) are applied too; that
 * transaction waits for a feed page being applied, so a message is never missed between the two.
 */
@Injectable()
export class RunPortabilityInHandler {
  private readonly logger = new Logger('RunPortabilityIn');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PORTABILITY_IN_REPOSITORY) private readonly portabilities: PortabilityInRepository,
    @Inject(FEED_REPOSITORY) private readonly feed: FeedRepository,
    @Inject(CTC_GATEWAY) private readonly ctc: CtcGateway,
    @Inject(CTC_RETRY) private readonly policy: RetryPolicy,
    private readonly events: PortabilityEventsPublisher,
  ) {}

  execute(leased: Leased<PortabilityIn>, signal: AbortSignal): Promise<void> {
    const s = leased.job.snapshot;
    const cause = s.transferCause ?? s.balanceCause;
    return runWithContext({ correlationId: cause.metadata.correlationId, causationId: cause.eventId }, () => this.run(leased, signal));
  }

  private async run(leased: Leased<PortabilityIn>, signal: AbortSignal): Promise<void> {
    const step = leased.job.dueStep;
    if (!step) return this.portabilities.release(leased);
    const outcome = await callExchange(this.ctc, step, leased.job, signal);
    if (!outcome.ok && outcome.failure.kind === 'ABORTED') return this.portabilities.release(leased);
    await this.dataSource.transaction(async (manager) => {
      if (step === 'OPEN' && outcome.ok) await this.feed.serializeWithFeed(manager);
      const portability = await this.portabilities.lockLeased(manager, leased);
      if (!portability) return; // lease lost: another instance owns it now
      portability.record(step, outcome, new Date(), this.policy);
      const nu = portability.snapshot.portabilityNumber;
      if (step === 'OPEN' && outcome.ok && nu) for (const seen of await this.feed.snapshotsOf(manager, nu, 'DESTINATION')) portability.observe(seen);
      await this.portabilities.complete(manager, portability);
      this.report(portability);
      await this.events.publishIn(manager, portability);
    });
  }

  private report(portability: PortabilityIn): void {
    const s = portability.snapshot;
    if (s.status === 'CANCELLATION_FAILED') this.logger.error(`portability ${s.portabilityNumber} of contract ${s.contractId} could not be withdrawn at the exchange: ${s.lastError?.code}; an operator must reconcile it`);
    if (s.failure?.reason === 'EXCHANGE_UNAVAILABLE') this.logger.error(`portability of proposal ${s.proposalId} given up: ${s.failure.message}`);
  }
}
