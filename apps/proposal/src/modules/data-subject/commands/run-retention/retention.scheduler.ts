import { Inject, Injectable } from '@nestjs/common';
import { ScheduledJob } from '@consignado/service-kit';
import { ProposalConfig } from '../../../../config';
import { RunRetentionHandler } from './run-retention.handler';

/**
 * Runs the retention job every PERSONAL_DATA_RETENTION_INTERVAL_MS (daily by default; 0 leaves it
 * to `POST /v1/admin/jobs/personal-data-retention/run`). Every instance may run it: a customer's
 * row is locked while their request opens and one request is pending at most, so runs that overlap
 * open nothing twice.
 */
@Injectable()
export class RetentionScheduler extends ScheduledJob {
  constructor(
    @Inject(RunRetentionHandler) private readonly handler: RunRetentionHandler,
    @Inject(ProposalConfig) config: ProposalConfig,
  ) {
    super('PersonalDataRetention', config.PERSONAL_DATA_RETENTION_INTERVAL_MS);
  }

  protected async run(): Promise<void> {
    await this.handler.execute('retention-scheduler', 1000);
  }
}
