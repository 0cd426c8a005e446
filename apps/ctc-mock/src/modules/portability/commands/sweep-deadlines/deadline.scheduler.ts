import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { IntervalRunner } from '@consignado/mock-kit';
import { CtcMockConfig } from '../../../../config';
import { SweepDeadlinesHandler } from './sweep-deadlines.handler';

/** Sweeps every CTC_SWEEP_INTERVAL_MS (0: only POST /admin/sweep). Every instance may: rows are taken with SKIP LOCKED. */
@Injectable()
export class DeadlineScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('DeadlineSweeper');
  private readonly runner: IntervalRunner | undefined;

  constructor(
    private readonly handler: SweepDeadlinesHandler,
    @Inject(CtcMockConfig) config: CtcMockConfig,
  ) {
    const interval = config.CTC_SWEEP_INTERVAL_MS;
    this.runner = interval > 0 ? new IntervalRunner(interval, () => this.sweep()) : undefined;
  }

  onApplicationBootstrap(): void {
    this.runner?.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }

  private async sweep(): Promise<void> {
    try {
      const report = await this.handler.execute();
      if (report.expired.length > 0) this.logger.log(`${report.expired.length} portabilities expired on ${report.today}`);
    } catch (error) {
      this.logger.warn(`Deadline sweep failed; it runs again at the next interval: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
