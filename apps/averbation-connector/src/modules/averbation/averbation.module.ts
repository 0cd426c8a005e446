import { Module } from '@nestjs/common';
import { DataprevModule } from '../dataprev/dataprev.module';
import { retryPolicyProviders } from '../jobs/retry-policies';
import { AlterationWorker } from './alteration.worker';
import { AverbationWorker } from './averbation.worker';
import { AmendAverbationEventHandler } from './commands/amend-averbation/amend-averbation.event-handler';
import { CloseAverbationEventHandler } from './commands/close-averbation/close-averbation.event-handler';
import { RequestAverbationEventHandler } from './commands/request-averbation/request-averbation.event-handler';
import { RunAlterationHandler } from './commands/run-alteration/run-alteration.handler';
import { RunAverbationHandler } from './commands/run-averbation/run-averbation.handler';
import { ALTERATION_REPOSITORY, TypeOrmAlterationRepository } from './database/alteration.repository';
import { AVERBATION_REPOSITORY, TypeOrmAverbationRepository } from './database/averbation.repository';
import { GetAverbationController } from './queries/get-averbation/get-averbation.controller';

/**
 * AverbationRequested / ContractCancelled / ContractSettled → Dataprev → AverbationCompleted /
 * AverbationFailed (R-AV-1..3); ContractAmended → "Alterar contrato" (R-LN-5).
 */
@Module({
  imports: [DataprevModule],
  controllers: [GetAverbationController],
  providers: [
    RequestAverbationEventHandler,
    CloseAverbationEventHandler,
    RunAverbationHandler,
    AverbationWorker,
    AmendAverbationEventHandler,
    RunAlterationHandler,
    AlterationWorker,
    ...retryPolicyProviders,
    { provide: AVERBATION_REPOSITORY, useClass: TypeOrmAverbationRepository },
    { provide: ALTERATION_REPOSITORY, useClass: TypeOrmAlterationRepository },
  ],
  exports: [AVERBATION_REPOSITORY],
})
export class AverbationModule {}
