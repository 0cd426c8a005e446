import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AverbationConnectorConfig } from '../../config';
import type { Leased } from '../jobs/lease';
import { JobNotifications } from '../jobs/job-notifications';
import { jobWorkerOptions } from '../jobs/job-worker-options';
import { PollingWorker } from '../jobs/polling-worker';
import { RunPortabilityInHandler } from './commands/run-portability-in/run-portability-in.handler';
import { PORTABILITY_IN_REPOSITORY, type PortabilityInRepository } from './database/portability.repositories';
import type { PortabilityIn } from './domain/portability-in';

/** Runs due exchange calls of portabilities in in the background (lease + SKIP LOCKED, shared by instances). */
@Injectable()
export class PortabilityInWorker extends PollingWorker<Leased<PortabilityIn>> {
  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(PORTABILITY_IN_REPOSITORY) private readonly portabilities: PortabilityInRepository,
    private readonly handler: RunPortabilityInHandler,
    notifications: JobNotifications,
    @InjectDataSource() dataSource: DataSource,
  ) {
    super(jobWorkerOptions('PortabilityInWorker', 'portability_in', { config, notifications, dataSource }));
  }

  protected claim(limit: number): Promise<Array<Leased<PortabilityIn>>> {
    return this.portabilities.claimDue(limit, this.config.leaseMs);
  }

  protected run(job: Leased<PortabilityIn>, signal: AbortSignal): Promise<void> {
    return this.handler.execute(job, signal);
  }
}
