import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import { runWithContext } from '@consignado/service-kit';
import { DATAPREV_GATEWAY, type DataprevGateway } from '../../../dataprev/dataprev.gateway';
import type { RetryPolicy } from '../../../jobs/domain/retry-policy';
import type { Leased } from '../../../jobs/lease';
import { MARGIN_CHECK_RETRY } from '../../../jobs/retry-policies';
import { MARGIN_CACHE, type MarginCache } from '../../../margin-cache/margin-cache';
import { MARGIN_CHECK_REPOSITORY, type MarginCheckRepository } from '../../database/margin-check.repository';
import type { MarginCheck, MarginCheckEvent } from '../../domain/margin-check';

/**
 * One Dataprev margin query for a leased check: the answer is cached (unless the benefit was
 * invalidated meanwhile) before the events commit, so whoever reads MarginChecked and asks again
 * finds it in the cache.
 */
@Injectable()
export class RunMarginCheckHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MARGIN_CHECK_REPOSITORY) private readonly checks: MarginCheckRepository,
    @Inject(DATAPREV_GATEWAY) private readonly dataprev: DataprevGateway,
    @Inject(MARGIN_CACHE) private readonly cache: MarginCache,
    @Inject(MARGIN_CHECK_RETRY) private readonly policy: RetryPolicy,
    private readonly publisher: EventPublisher,
  ) {}

  execute(leased: Leased<MarginCheck>, signal: AbortSignal): Promise<void> {
    const request = leased.job.snapshot.request;
    return runWithContext({ correlationId: request.metadata.correlationId, causationId: request.eventId }, () => this.run(leased, signal));
  }

  private async run(leased: Leased<MarginCheck>, signal: AbortSignal): Promise<void> {
    const holder = leased.job.snapshot.request.payload;
    const generation = await this.cache.generation(holder.benefitNumber);
    const outcome = await this.dataprev.queryMargin(holder, signal);
    if (!outcome.ok && outcome.failure.kind === 'ABORTED') return this.checks.release(leased);
    if (outcome.ok) await this.cache.put(holder, outcome.value, generation);
    await this.dataSource.transaction(async (manager) => {
      const check = await this.checks.lockLeased(manager, leased);
      if (!check) return; // lease lost: another instance owns the check now
      check.record(outcome, new Date(), this.policy);
      await this.checks.complete(manager, check);
      for (const event of check.pullEvents()) await this.publish(manager, event, check.snapshot.request);
    });
  }

  private async publish(manager: EntityManager, event: MarginCheckEvent, cause: EventEnvelope<'MarginCheckRequested'>): Promise<void> {
    if (event.type === 'MarginChecked') await this.publisher.publish(manager, 'MarginChecked', { payload: event.payload }, cause);
    else await this.publisher.publish(manager, 'MarginCheckFailed', { payload: event.payload }, cause);
  }
}
