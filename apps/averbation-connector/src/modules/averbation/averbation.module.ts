import { Module } from '@nestjs/common';
import { DataprevModule } from '../dataprev/dataprev.module';
import { retryPolicyProviders } from '../jobs/retry-policies';
import { AlterationWorker } from './alteration.worker';
import { AverbationWorker } from './averbation.worker';
import { AmendAverbationEventHandler } from './commands/amend-averbation/amend-averbation.event-handler';
import { CloseAverbationHandler } from './commands/close-averbation/close-averbation.handler';
import { RenegotiateAverbationEventHandler } from './commands/renegotiate-averbation/renegotiate-averbation.event-handler';
import { RenegotiateAverbationHandler } from './commands/renegotiate-averbation/renegotiate-averbation.handler';
import { RequestAverbationEventHandler } from './commands/request-averbation/request-averbation.event-handler';
import { RunAlterationHandler } from './commands/run-alteration/run-alteration.handler';
import { RunAverbationHandler } from './commands/run-averbation/run-averbation.handler';
import { ALTERATION_REPOSITORY, TypeOrmAlterationRepository } from './database/alteration.repository';
import { AVERBATION_REPOSITORY, TypeOrmAverbationRepository } from './database/averbation.repository';
import { GetAverbationController } from './queries/get-averbation/get-averbation.controller';

/**
 * AverbationRequested → Dataprev → AverbationCompleted / AverbationFailed (R-AV-1..3); a contract's
 * end (CloseAverbationHandler, called by the contract-events edge) cancels the deduction;
 * ContractAmended → "Alterar contrato" (R-LN-5); a RENEGOTIATION contract's ContractActivated →
 * "Alterar contrato" RENEGOCIACAO, the deduction handed to the new contract (R-LN-8).
 */
@Module({
  imports: [DataprevModule],
  controllers: [GetAverbationController],
  providers: [
    RequestAverbationEventHandler,
    CloseAverbationHandler,
    RunAverbationHandler,
    AverbationWorker,
    AmendAverbationEventHandler,
    RenegotiateAverbationEventHandler,
    RenegotiateAverbationHandler,
    RunAlterationHandler,
    AlterationWorker,
    ...retryPolicyProviders,
    { provide: AVERBATION_REPOSITORY, useClass: TypeOrmAverbationRepository },
    { provide: ALTERATION_REPOSITORY, useClass: TypeOrmAlterationRepository },
  ],
  exports: [AVERBATION_REPOSITORY, CloseAverbationHandler],
})
export class AverbationModule {}
