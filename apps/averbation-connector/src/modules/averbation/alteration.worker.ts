import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AverbationConnectorConfig } from '../../config';
import type { Leased } from '../jobs/lease';
import { JobNotifications } from '../jobs/job-notifications';
import { jobWorkerOptions } from '../jobs/job-worker-options';
import { PollingWorker } from '../jobs/polling-worker';
import { RunAlterationHandler } from './commands/run-alteration/run-alteration.handler';
import { ALTERATION_REPOSITORY, type AlterationRepository } from './database/alteration.repository';
import type { AverbationAlteration } from './domain/averbation-alteration';

/** Sends due plan changes to Dataprev ("Alterar contrato") in the background. */
@Injectable()
export class AlterationWorker extends PollingWorker<Leased<AverbationAlteration>> {
  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(ALTERATION_REPOSITORY) private readonly alterations: AlterationRepository,
    private readonly handler: RunAlterationHandler,
    notifications: JobNotifications,
    @InjectDataSource() dataSource: DataSource,
  ) {
    super(jobWorkerOptions('AlterationWorker', 'averbation_alteration', { config, notifications, dataSource }));
  }

  protected claim(limit: number): Promise<Array<Leased<AverbationAlteration>>> {
    return this.alterations.claimDue(limit, this.config.leaseMs);
  }

  protected run(job: Leased<AverbationAlteration>, signal: AbortSignal): Promise<void> {
    return this.handler.execute(job, signal);
  }
}
