import { Module } from '@nestjs/common';
import { IdentityClient } from '@consignado/auth';
import { IdempotencyModule } from '@consignado/service-kit';
import { ProposalConfig } from '../../config';
import { CustomerModule } from '../customer/customer.module';
import { ProposalModule } from '../proposal/proposal.module';
import { ApplyErasureDecisionEventHandler } from './commands/apply-erasure-decision/apply-erasure-decision.event-handler';
import { ApplyErasureDecisionHandler } from './commands/apply-erasure-decision/apply-erasure-decision.handler';
import { RequestErasureController } from './commands/request-erasure/request-erasure.controller';
import { RequestErasureHandler } from './commands/request-erasure/request-erasure.handler';
import { RunRetentionController } from './commands/run-retention/run-retention.controller';
import { RunRetentionHandler } from './commands/run-retention/run-retention.handler';
import { RetentionScheduler } from './commands/run-retention/retention.scheduler';
import { ErasureRequests } from './database/erasure-request.repository';
import { LoginAccounts } from './database/login-accounts';
import { ExportPersonalDataController } from './queries/export-personal-data/export-personal-data.controller';
import { ExportPersonalDataQuery } from './queries/export-personal-data/export-personal-data.query';
import { PersonalDataSources } from './queries/export-personal-data/personal-data-sources';
import { GetErasureRequestController } from './queries/get-erasure-request/get-erasure-request.controller';
import { GetPersonalDataSectionController } from './queries/get-personal-data-section/get-personal-data-section.controller';
import { ProposalSectionQuery } from './queries/get-personal-data-section/proposal-section.query';

/** LGPD data-subject requests (R-SEC-3): export across the services, erasure through loan's decision, and retention. */
@Module({
  imports: [CustomerModule, ProposalModule, IdempotencyModule],
  controllers: [ExportPersonalDataController, GetPersonalDataSectionController, RequestErasureController, GetErasureRequestController, RunRetentionController],
  providers: [
    ErasureRequests,
    RequestErasureHandler,
    ApplyErasureDecisionHandler,
    ApplyErasureDecisionEventHandler,
    RunRetentionHandler,
    RetentionScheduler,
    ProposalSectionQuery,
    ExportPersonalDataQuery,
    { provide: PersonalDataSources, inject: [ProposalConfig], useFactory: (config: ProposalConfig) => new PersonalDataSources(config.personalDataSources) },
    {
      provide: LoginAccounts,
      inject: [ProposalConfig],
      useFactory: (config: ProposalConfig) => {
        const keys = config.clientKeys;
        return new LoginAccounts(new IdentityClient({ issuer: config.OIDC_ISSUER, ...(keys ? { clientKeys: keys } : {}) }), config.OIDC_CLIENT_ID, config.LOGIN_ACCOUNTS_URL);
      },
    },
  ],
})
export class DataSubjectModule {}
