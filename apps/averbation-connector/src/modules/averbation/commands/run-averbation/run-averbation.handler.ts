import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import { runWithContext } from '@consignado/service-kit';
import { DATAPREV_GATEWAY, type DataprevGateway } from '../../../dataprev/dataprev.gateway';
import type { RetryPolicy } from '../../../jobs/domain/retry-policy';
import type { Leased } from '../../../jobs/lease';
import { AVERBATION_RETRY } from '../../../jobs/retry-policies';
import { MARGIN_CACHE, type MarginCache } from '../../../margin-cache/margin-cache';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';
import type { Averbation } from '../../domain/averbation';
import type { AverbationEvent } from '../../domain/averbation-events';
import { cancelAtDataprev, registerAtDataprev } from './dataprev-steps';

/**
 * One Dataprev call for a leased averbation (R-AV-2): register or cancel, then, in one
 * transaction, the averbation's new state and the events it raised, caused by its
 * AverbationRequested (same correlationId, causationId = its eventId).
 */
@Injectable()
export class RunAverbationHandler {
  private readonly logger = new Logger('RunAverbation');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository,
    @Inject(DATAPREV_GATEWAY) private readonly dataprev: DataprevGateway,
    @Inject(MARGIN_CACHE) private readonly cache: MarginCache,
    @Inject(AVERBATION_RETRY) private readonly policy: RetryPolicy,
    private readonly publisher: EventPublisher,
  ) {}

  execute(leased: Leased<Averbation>, signal: AbortSignal): Promise<void> {
    const request = leased.job.snapshot.request;
    return runWithContext({ correlationId: request.metadata.correlationId, causationId: request.eventId }, () => this.run(leased, signal));
  }

  private async run(leased: Leased<Averbation>, signal: AbortSignal): Promise<void> {
    const step = leased.job.dueStep;
    if (!step) return this.averbations.release(leased);
    const outcome = step === 'REGISTER' ? await registerAtDataprev(this.dataprev, leased.job, signal) : await cancelAtDataprev(this.dataprev, leased.job, signal);
    if (!outcome.ok && outcome.failure.kind === 'ABORTED') return this.averbations.release(leased);
    // The benefit's margin changed (or may have: a timed-out call can still land). Done before the
    // events commit, so whoever reacts to them and checks the margin reaches Dataprev (R-AV-3).
    const benefit = leased.job.benefitNumber;
    if (benefit && (outcome.ok || outcome.failure.kind === 'TRANSIENT')) await this.cache.invalidate(benefit);
    await this.dataSource.transaction(async (manager) => {
      const averbation = await this.averbations.lockLeased(manager, leased);
      if (!averbation) return; // lease lost: another instance owns it now
      averbation.record(step, outcome, new Date(), this.policy);
      await this.averbations.complete(manager, averbation);
      if (averbation.snapshot.status === 'CANCELLATION_FAILED') {
        this.logger.error(`averbation of contract ${averbation.contractId} could not be cancelled at Dataprev: ${averbation.snapshot.lastError?.code}; the margin stays blocked until an operator acts`);
      }
      for (const event of averbation.pullEvents()) await this.publish(manager, event, averbation.snapshot.request);
    });
  }

  private async publish(manager: EntityManager, event: AverbationEvent, cause: EventEnvelope<'AverbationRequested'>): Promise<void> {
    if (event.type === 'AverbationCompleted') await this.publisher.publish(manager, 'AverbationCompleted', { payload: event.payload }, cause);
    else await this.publisher.publish(manager, 'AverbationFailed', { payload: event.payload }, cause);
  }
}
