import { Module } from '@nestjs/common';
import { InsurerModule } from '../insurer/insurer.module';
import { retryPolicyProviders } from '../jobs/retry-policies';
import { ClaimEventsPublisher } from './commands/claim-events.publisher';
import { RequestClaimEventHandler } from './commands/request-claim/request-claim.event-handler';
import { RequestClaimHandler } from './commands/request-claim/request-claim.handler';
import { RunClaimHandler } from './commands/run-claim/run-claim.handler';
import { INSURANCE_CLAIM_REPOSITORY, TypeOrmInsuranceClaimRepository } from './database/insurance-claim.repository';
import { InsuranceClaimWorker } from './insurance-claim.worker';
import { GetInsuranceClaimController } from './queries/get-insurance-claim/get-insurance-claim.controller';

/**
 * Credit-life claims (R-LN-8): InsuranceClaimRequested → filed with the insurer and followed
 * until it decides → InsuranceClaimPaid (payment settles the contract) or InsuranceClaimDenied (loan).
 */
@Module({
  imports: [InsurerModule],
  controllers: [GetInsuranceClaimController],
  providers: [
    RequestClaimEventHandler,
    RequestClaimHandler,
    RunClaimHandler,
    ClaimEventsPublisher,
    InsuranceClaimWorker,
    ...retryPolicyProviders,
    { provide: INSURANCE_CLAIM_REPOSITORY, useClass: TypeOrmInsuranceClaimRepository },
  ],
})
export class InsuranceModule {}
