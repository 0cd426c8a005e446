import { Module } from '@nestjs/common';
import { DataprevModule } from '../dataprev/dataprev.module';
import { retryPolicyProviders } from '../jobs/retry-policies';
import { RequestMarginCheckEventHandler } from './commands/request-margin-check/request-margin-check.event-handler';
import { RunMarginCheckHandler } from './commands/run-margin-check/run-margin-check.handler';
import { MARGIN_CHECK_REPOSITORY, TypeOrmMarginCheckRepository } from './database/margin-check.repository';
import { MarginCheckWorker } from './margin-check.worker';

/** MarginCheckRequested → Dataprev (or the cache) → MarginChecked / MarginCheckFailed (R-AV-1, R-AV-3). */
@Module({
  imports: [DataprevModule],
  providers: [
    RequestMarginCheckEventHandler,
    RunMarginCheckHandler,
    MarginCheckWorker,
    ...retryPolicyProviders,
    { provide: MARGIN_CHECK_REPOSITORY, useClass: TypeOrmMarginCheckRepository },
  ],
})
export class MarginCheckModule {}
