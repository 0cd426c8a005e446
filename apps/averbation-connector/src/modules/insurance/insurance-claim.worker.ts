import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AverbationConnectorConfig } from '../../config';
import { JobNotifications } from '../jobs/job-notifications';
import { jobWorkerOptions } from '../jobs/job-worker-options';
import type { Leased } from '../jobs/lease';
import { PollingWorker } from '../jobs/polling-worker';
import { RunClaimHandler } from './commands/run-claim/run-claim.handler';
import { INSURANCE_CLAIM_REPOSITORY, type InsuranceClaimRepository } from './database/insurance-claim.repository';
import type { InsuranceClaim } from './domain/insurance-claim';

/** Runs due insurer calls of claims in the background (lease + SKIP LOCKED, shared by instances). */
@Injectable()
export class InsuranceClaimWorker extends PollingWorker<Leased<InsuranceClaim>> {
  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(INSURANCE_CLAIM_REPOSITORY) private readonly claims: InsuranceClaimRepository,
    private readonly handler: RunClaimHandler,
    notifications: JobNotifications,
    @InjectDataSource() dataSource: DataSource,
  ) {
    super(jobWorkerOptions('InsuranceClaimWorker', 'insurance_claim', { config, notifications, dataSource }));
  }

  protected claim(limit: number): Promise<Array<Leased<InsuranceClaim>>> {
    return this.claims.claimDue(limit, this.config.leaseMs);
  }

  protected run(job: Leased<InsuranceClaim>, signal: AbortSignal): Promise<void> {
    return this.handler.execute(job, signal);
  }
}
