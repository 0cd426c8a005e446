import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { IntervalRunner } from '@consignado/service-kit';
import { ProposalConfig } from '../../../../config';
import { RunRetentionHandler } from './run-retention.handler';

/**
 * Runs the retention job every PERSONAL_DATA_RETENTION_INTERVAL_MS (daily by default; 0 leaves it
 * to `POST /v1/admin/jobs/personal-data-retention/run`). Every instance may run it: a customer's
 * row is locked while their request opens and one request is pending at most, so runs that overlap
 * open nothing twice.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PersonalDataRetention');
  private readonly runner: IntervalRunner | undefined;

  constructor(
    @Inject(RunRetentionHandler) private readonly handler: RunRetentionHandler,
    @Inject(ProposalConfig) config: ProposalConfig,
  ) {
    const interval = config.PERSONAL_DATA_RETENTION_INTERVAL_MS;
    this.runner = interval > 0 ? new IntervalRunner(interval, () => this.runOnce()) : undefined;
  }

  onApplicationBootstrap(): void {
    this.runner?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }

  private async runOnce(): Promise<void> {
    try {
      await this.handler.execute('retention-scheduler', 1000);
    } catch (error) {
      this.logger.warn(`retention job failed; it runs again at the next interval: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
