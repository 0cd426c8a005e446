import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runWithContext } from '@consignado/service-kit';
import { AverbationConnectorConfig } from '../../../../config';
import type { RetryPolicy } from '../../../jobs/domain/retry-policy';
import type { Leased } from '../../../jobs/lease';
import { RAIL_RETRY } from '../../../jobs/retry-policies';
import { RAIL_GATEWAY, type RailGateway } from '../../../rail/rail.gateway';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import type { Disbursement, DisbursementPace } from '../../domain/disbursement';
import { DisbursementEventsPublisher } from '../disbursement-events.publisher';

/**
 * One rail call for a leased disbursement (file the transfer, or ask how it stands), then, in one
 * transaction that holds only while the lease does, the new state and the event it raised
 * (released or failed): the job ends with its event, so a release is reported once, whoever runs it.
 */
@Injectable()
export class RunDisbursementHandler {
  private readonly logger = new Logger('RunDisbursement');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    @Inject(RAIL_GATEWAY) private readonly rail: RailGateway,
    @Inject(RAIL_RETRY) private readonly policy: RetryPolicy,
    private readonly events: DisbursementEventsPublisher,
    private readonly config: AverbationConnectorConfig,
  ) {}

  execute(leased: Leased<Disbursement>, signal: AbortSignal): Promise<void> {
    const { request } = leased.job.snapshot;
    return runWithContext({ correlationId: request.metadata.correlationId, causationId: request.eventId }, () => this.run(leased, signal));
  }

  private get pace(): DisbursementPace {
    return { policy: this.policy, pollIntervalMs: this.config.RAIL_POLL_INTERVAL_MS, checkDelayMs: this.config.RAIL_TIMEOUT_MS };
  }

  private async run(leased: Leased<Disbursement>, signal: AbortSignal): Promise<void> {
    const step = leased.job.dueStep;
    if (!step) return this.disbursements.release(leased);
    const outcome = step === 'FILE' ? await this.rail.create(leased.job.order, signal) : await this.rail.get(leased.job.snapshot.id, signal);
    if (!outcome.ok && outcome.failure.kind === 'ABORTED') return this.disbursements.release(leased);
    await this.dataSource.transaction(async (manager) => {
      const disbursement = await this.disbursements.lockLeased(manager, leased);
      if (!disbursement) return; // lease lost: another instance owns it now
      disbursement.record(step, outcome, new Date(), this.pace);
      await this.disbursements.complete(manager, disbursement);
      await this.events.publish(manager, disbursement);
      const s = disbursement.snapshot;
      if (s.status === 'CHECKING' && step === 'FILE') this.logger.warn(`disbursement ${s.id} of contract ${s.contractId}: ${s.filings} filings failed (${s.lastError?.code}); asking the rail whether it holds the transfer`);
      if (s.status === 'FAILED') this.logger.warn(`disbursement ${s.id} of contract ${s.contractId} failed: ${s.failure?.code}`);
    });
  }
}
