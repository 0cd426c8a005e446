import { Module } from '@nestjs/common';
import { ChaosModule } from '../chaos/chaos.module';
import { ClaimReviews } from './commands/claim-reviews';
import { FileClaimController } from './commands/file-claim/file-claim.controller';
import { FileClaimHandler } from './commands/file-claim/file-claim.handler';
import { ScriptOutcomeController } from './commands/script-outcome/script-outcome.controller';
import { CLAIM_REPOSITORY } from './database/claim.repository';
import { OUTCOME_SCRIPTS, TypeOrmOutcomeScripts } from './database/outcome-script.repository';
import { TypeOrmClaimRepository } from './database/typeorm-claim.repository';
import { GetClaimController } from './queries/get-claim/get-claim.controller';
import { ListClaimsController } from './queries/list-claims/list-claims.controller';

/** The claims desk: filing, review and decision of credit-life claims, and the admin's outcome scripts. */
@Module({
  imports: [ChaosModule],
  controllers: [FileClaimController, GetClaimController, ListClaimsController, ScriptOutcomeController],
  providers: [
    { provide: CLAIM_REPOSITORY, useClass: TypeOrmClaimRepository },
    { provide: OUTCOME_SCRIPTS, useClass: TypeOrmOutcomeScripts },
    ClaimReviews,
    FileClaimHandler,
  ],
})
export class ClaimsModule {}
