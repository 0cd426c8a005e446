import { Inject, Injectable } from '@nestjs/common';
import { ScheduledJob } from '@consignado/service-kit';
import { ProposalConfig } from '../../../../config';
import { ExpireAcceptancesHandler } from './expire-acceptances.handler';

/**
 * Runs the acceptance expiry every ACCEPTANCE_EXPIRY_INTERVAL_MS (a minute by default) on every
 * instance: the rows are taken with SKIP LOCKED, so overlapping runs never cancel one twice.
 */
@Injectable()
export class AcceptanceExpiryScheduler extends ScheduledJob {
  constructor(
    @Inject(ExpireAcceptancesHandler) private readonly handler: ExpireAcceptancesHandler,
    @Inject(ProposalConfig) config: ProposalConfig,
  ) {
    super('AcceptanceExpiry', config.ACCEPTANCE_EXPIRY_INTERVAL_MS);
  }

  protected async run(): Promise<void> {
    await this.handler.execute();
  }
}
