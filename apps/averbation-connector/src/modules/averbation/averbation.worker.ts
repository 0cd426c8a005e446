import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AverbationConnectorConfig } from '../../config';
import type { Leased } from '../jobs/lease';
import { JobNotifications } from '../jobs/job-notifications';
import { jobWorkerOptions } from '../jobs/job-worker-options';
import { PollingWorker } from '../jobs/polling-worker';
import { RunAverbationHandler } from './commands/run-averbation/run-averbation.handler';
import { AVERBATION_REPOSITORY, type AverbationRepository } from './database/averbation.repository';
import type { Averbation } from './domain/averbation';

/** Runs due registrations and cancellations against Dataprev in the background. */
@Injectable()
export class AverbationWorker extends PollingWorker<Leased<Averbation>> {
  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository,
    private readonly handler: RunAverbationHandler,
    notifications: JobNotifications,
    @InjectDataSource() dataSource: DataSource,
  ) {
    super(jobWorkerOptions('AverbationWorker', 'averbation', { config, notifications, dataSource }));
  }

  protected claim(limit: number): Promise<Array<Leased<Averbation>>> {
    return this.averbations.claimDue(limit, this.config.leaseMs);
  }

  protected run(job: Leased<Averbation>, signal: AbortSignal): Promise<void> {
    return this.handler.execute(job, signal);
  }
}
