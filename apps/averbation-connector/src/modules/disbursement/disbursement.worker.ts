import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AverbationConnectorConfig } from '../../config';
import { JobNotifications } from '../jobs/job-notifications';
import { jobWorkerOptions } from '../jobs/job-worker-options';
import type { Leased } from '../jobs/lease';
import { PollingWorker } from '../jobs/polling-worker';
import { RunDisbursementHandler } from './commands/run-disbursement/run-disbursement.handler';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from './database/disbursement.repository';
import type { Disbursement } from './domain/disbursement';

/** Runs due rail calls of disbursements in the background (lease + SKIP LOCKED, shared by instances). */
@Injectable()
export class DisbursementWorker extends PollingWorker<Leased<Disbursement>> {
  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    private readonly handler: RunDisbursementHandler,
    notifications: JobNotifications,
    @InjectDataSource() dataSource: DataSource,
  ) {
    super(jobWorkerOptions('DisbursementWorker', 'disbursement', { config, notifications, dataSource }));
  }

  protected claim(limit: number): Promise<Array<Leased<Disbursement>>> {
    return this.disbursements.claimDue(limit, this.config.leaseMs);
  }

  protected run(job: Leased<Disbursement>, signal: AbortSignal): Promise<void> {
    return this.handler.execute(job, signal);
  }
}
