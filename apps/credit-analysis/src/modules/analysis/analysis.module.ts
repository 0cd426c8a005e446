import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { MonthlyRate } from '@consignado/finance';
import type { CreditAnalysisConfig, ScoreProviderName } from '../../config';
import { ContractProjectionModule } from '../contract-projection/contract-projection.module';
import { CancelAnalysisHandler } from './commands/cancel-analysis/cancel-analysis.handler';
import { ProposalCancelledEventHandler } from './commands/cancel-analysis/proposal-cancelled.event-handler';
import { ApplicantProfileReader } from './commands/applicant-profile.reader';
import { OperationInputsReader } from './commands/operation-inputs.reader';
import { MarginAnswerEventHandler } from './commands/record-margin/margin-answer.event-handler';
import { RecordMarginHandler } from './commands/record-margin/record-margin.handler';
import { PortabilityAnswerEventHandler } from './commands/record-portability/portability-answer.event-handler';
import { RecordPortabilityHandler } from './commands/record-portability/record-portability.handler';
import { ProposalCreatedEventHandler } from './commands/start-analysis/proposal-created.event-handler';
import { StartAnalysisHandler } from './commands/start-analysis/start-analysis.handler';
import { ANALYSIS_REPOSITORY, TypeOrmAnalysisRepository } from './database/analysis.repository';
import { CLOCK, systemClock } from './domain/clock';
import { ANALYSIS_PARAMETERS, defaultAnalysisParameters } from './domain/parameters/analysis-parameters';
import { SCORE_PROVIDER, type ScoreProvider } from './domain/score-provider';
import { GetAnalysisController } from './queries/get-analysis/get-analysis.controller';
import { DeterministicScoreProvider } from './score/deterministic-score.provider';

const SCORE_PROVIDERS: Record<ScoreProviderName, () => ScoreProvider> = {
  deterministic: () => new DeterministicScoreProvider(),
};

/**
 * Credit analysis: consumes proposals, margin and portability answers, decides with the customer's
 * contracts as projected, keeps every reason (R-CA-1, R-CA-2, R-CA-4, R-LN-6, R-LN-7).
 */
@Module({})
export class AnalysisModule {
  static register(config: CreditAnalysisConfig): DynamicModule {
    const inssRate = config.INSS_MONTHLY_RATE === undefined ? undefined : MonthlyRate.of(config.INSS_MONTHLY_RATE);
    const providers: Provider[] = [
      { provide: ANALYSIS_PARAMETERS, useValue: defaultAnalysisParameters(inssRate) },
      { provide: SCORE_PROVIDER, useFactory: SCORE_PROVIDERS[config.SCORE_PROVIDER] },
      { provide: CLOCK, useValue: systemClock },
      { provide: ANALYSIS_REPOSITORY, useClass: TypeOrmAnalysisRepository },
      OperationInputsReader,
      ApplicantProfileReader,
      StartAnalysisHandler,
      RecordMarginHandler,
      RecordPortabilityHandler,
      CancelAnalysisHandler,
      ProposalCreatedEventHandler,
      MarginAnswerEventHandler,
      PortabilityAnswerEventHandler,
      ProposalCancelledEventHandler,
    ];
    // The policy, the score, the clock and the analyses are shared: personalization reads the applicant and prices its offers with them (R-CA-3).
    const exports = [ANALYSIS_PARAMETERS, SCORE_PROVIDER, CLOCK, ANALYSIS_REPOSITORY];
    return { module: AnalysisModule, global: true, imports: [ContractProjectionModule], controllers: [GetAnalysisController], providers, exports };
  }
}
