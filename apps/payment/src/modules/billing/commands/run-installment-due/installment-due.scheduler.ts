import { Inject, Injectable } from '@nestjs/common';
import { ScheduledJob } from '@consignado/service-kit';
import { PaymentConfig } from '../../../../config';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { RunInstallmentDueHandler } from './run-installment-due.handler';

/**
 * Runs the InstallmentDue job for the business date every INSTALLMENT_DUE_JOB_INTERVAL_MS (0 turns
 * it off). Every instance may run it: the job emits each reminder once however runs overlap.
 */
@Injectable()
export class InstallmentDueScheduler extends ScheduledJob {
  constructor(
    private readonly handler: RunInstallmentDueHandler,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    @Inject(PaymentConfig) config: PaymentConfig,
  ) {
    super('InstallmentDueJob', config.INSTALLMENT_DUE_JOB_INTERVAL_MS);
  }

  protected async run(): Promise<void> {
    const run = await this.handler.execute(await this.clock.today());
    if (run.upcoming + run.overdue > 0) this.logger.log(`InstallmentDue for ${run.date}: ${run.upcoming} upcoming, ${run.overdue} overdue`);
  }
}
