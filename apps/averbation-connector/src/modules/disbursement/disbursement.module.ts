import { Module } from '@nestjs/common';
import { retryPolicyProviders } from '../jobs/retry-policies';
import { RailModule } from '../rail/rail.module';
import { DisbursementEventsPublisher } from './commands/disbursement-events.publisher';
import { RequestReleaseEventHandler } from './commands/request-release/request-release.event-handler';
import { RequestReleaseHandler } from './commands/request-release/request-release.handler';
import { RunDisbursementHandler } from './commands/run-disbursement/run-disbursement.handler';
import { DISBURSEMENT_REPOSITORY, TypeOrmDisbursementRepository } from './database/disbursement.repository';
import { DisbursementWorker } from './disbursement.worker';
import { GetDisbursementController } from './queries/get-disbursement/get-disbursement.controller';

/**
 * Releases of funds (R-LN-10): FundsReleaseRequested → a PIX transfer filed at the payment rail
 * and followed until it settles → FundsReleased, or FundsReleaseFailed (rejected, or the rail
 * unavailable and holding no transfer).
 */
@Module({
  imports: [RailModule],
  controllers: [GetDisbursementController],
  providers: [
    RequestReleaseEventHandler,
    RequestReleaseHandler,
    RunDisbursementHandler,
    DisbursementEventsPublisher,
    DisbursementWorker,
    ...retryPolicyProviders,
    { provide: DISBURSEMENT_REPOSITORY, useClass: TypeOrmDisbursementRepository },
  ],
})
export class DisbursementModule {}
