import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AverbationConnectorConfig } from '../../config';
import type { Leased } from '../jobs/lease';
import { JobNotifications } from '../jobs/job-notifications';
import { jobWorkerOptions } from '../jobs/job-worker-options';
import { PollingWorker } from '../jobs/polling-worker';
import { RunPortabilityOutHandler } from './commands/run-portability-out/run-portability-out.handler';
import { PORTABILITY_OUT_REPOSITORY, type PortabilityOutRepository } from './database/portability.repositories';
import type { PortabilityOut } from './domain/portability-out';

/** Runs due exchange calls of portabilities out in the background (lease + SKIP LOCKED, shared by instances). */
@Injectable()
export class PortabilityOutWorker extends PollingWorker<Leased<PortabilityOut>> {
  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(PORTABILITY_OUT_REPOSITORY) private readonly portabilities: PortabilityOutRepository,
    private readonly handler: RunPortabilityOutHandler,
    notifications: JobNotifications,
    @InjectDataSource() dataSource: DataSource,
  ) {
    super(jobWorkerOptions('PortabilityOutWorker', 'portability_out', { config, notifications, dataSource }));
  }

  protected claim(limit: number): Promise<Array<Leased<PortabilityOut>>> {
    return this.portabilities.claimDue(limit, this.config.leaseMs);
  }

  protected run(job: Leased<PortabilityOut>, signal: AbortSignal): Promise<void> {
    return this.handler.execute(job, signal);
  }
}
