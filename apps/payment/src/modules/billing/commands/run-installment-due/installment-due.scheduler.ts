import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { PaymentConfig } from '../../../../config';
import { IntervalRunner } from '@consignado/service-kit';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { RunInstallmentDueHandler } from './run-installment-due.handler';

/**
 * Runs the InstallmentDue job for the business date every INSTALLMENT_DUE_JOB_INTERVAL_MS (0 turns
 * it off). Every instance may run it: the job emits each reminder once however runs overlap.
 */
@Injectable()
export class InstallmentDueScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('InstallmentDueJob');
  private readonly runner: IntervalRunner | undefined;

  constructor(
    private readonly handler: RunInstallmentDueHandler,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    @Inject(PaymentConfig) config: PaymentConfig,
  ) {
    const interval = config.INSTALLMENT_DUE_JOB_INTERVAL_MS;
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
      const run = await this.handler.execute(await this.clock.today());
      if (run.upcoming + run.overdue > 0) this.logger.log(`InstallmentDue for ${run.date}: ${run.upcoming} upcoming, ${run.overdue} overdue`);
    } catch (error) {
      this.logger.warn(`InstallmentDue job failed; it runs again at the next interval: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
