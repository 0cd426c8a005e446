import { Module } from '@nestjs/common';
import { DataprevModule } from '../dataprev/dataprev.module';
import { retryPolicyProviders } from '../jobs/retry-policies';
import { AverbationWorker } from './averbation.worker';
import { CloseAverbationEventHandler } from './commands/close-averbation/close-averbation.event-handler';
import { RequestAverbationEventHandler } from './commands/request-averbation/request-averbation.event-handler';
import { RunAverbationHandler } from './commands/run-averbation/run-averbation.handler';
import { AVERBATION_REPOSITORY, TypeOrmAverbationRepository } from './database/averbation.repository';
import { GetAverbationController } from './queries/get-averbation/get-averbation.controller';

/** AverbationRequested / ContractCancelled / ContractSettled → Dataprev → AverbationCompleted / AverbationFailed (R-AV-1..3). */
@Module({
  imports: [DataprevModule],
  controllers: [GetAverbationController],
  providers: [
    RequestAverbationEventHandler,
    CloseAverbationEventHandler,
    RunAverbationHandler,
    AverbationWorker,
    ...retryPolicyProviders,
    { provide: AVERBATION_REPOSITORY, useClass: TypeOrmAverbationRepository },
  ],
})
export class AverbationModule {}
