import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@consignado/service-kit';
import { ContractProjectionModule } from '../contract-projection/contract-projection.module';
import { MakeRound } from './commands/make-round';
import { ComputeProfileController } from './commands/compute-profile/compute-profile.controller';
import { ComputeProfileHandler } from './commands/compute-profile/compute-profile.handler';
import { GiveFeedbackHandler } from './commands/give-feedback/give-feedback.handler';
import { RecommendHandler } from './commands/recommend/recommend.handler';
import { RecommendationsController } from './commands/recommend/recommendations.controller';
import { ApplicantHistoryReader } from './database/applicant-history.reader';
import { PersonalizationRepository } from './database/personalization.repository';
import { PersonalizationQueriesController } from './queries/personalization-queries.controller';
import { PersonalizationQuery } from './queries/personalization.query';

/**
 * Credit personalization (seed 004, R-CA-3): financial profiles, recommendations bound by the
 * credit policy the analysis applies (its parameters, score and clock, exported by AnalysisModule),
 * feedback rounds. Reads the analyses and the contract projection; publishes RecommendationMade.
 */
@Module({
  imports: [IdempotencyModule, ContractProjectionModule],
  controllers: [ComputeProfileController, RecommendationsController, PersonalizationQueriesController],
  providers: [ApplicantHistoryReader, PersonalizationRepository, MakeRound, ComputeProfileHandler, RecommendHandler, GiveFeedbackHandler, PersonalizationQuery],
  // The data subject's export reads the profiles and rounds (LGPD art. 18 II).
  exports: [PersonalizationRepository],
})
export class PersonalizationModule {}
