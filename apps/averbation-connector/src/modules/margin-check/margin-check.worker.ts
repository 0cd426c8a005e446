import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AverbationConnectorConfig } from '../../config';
import type { Leased } from '../jobs/lease';
import { JobNotifications } from '../jobs/job-notifications';
import { jobWorkerOptions } from '../jobs/job-worker-options';
import { PollingWorker } from '../jobs/polling-worker';
import { RunMarginCheckHandler } from './commands/run-margin-check/run-margin-check.handler';
import { MARGIN_CHECK_REPOSITORY, type MarginCheckRepository } from './database/margin-check.repository';
import type { MarginCheck } from './domain/margin-check';

/** Runs due margin checks against Dataprev in the background. */
@Injectable()
export class MarginCheckWorker extends PollingWorker<Leased<MarginCheck>> {
  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(MARGIN_CHECK_REPOSITORY) private readonly checks: MarginCheckRepository,
    private readonly handler: RunMarginCheckHandler,
    notifications: JobNotifications,
    @InjectDataSource() dataSource: DataSource,
  ) {
    super(jobWorkerOptions('MarginCheckWorker', 'margin_check', { config, notifications, dataSource }));
  }

  protected claim(limit: number): Promise<Array<Leased<MarginCheck>>> {
    return this.checks.claimDue(limit, this.config.leaseMs);
  }

  protected run(job: Leased<MarginCheck>, signal: AbortSignal): Promise<void> {
    return this.handler.execute(job, signal);
  }
}
