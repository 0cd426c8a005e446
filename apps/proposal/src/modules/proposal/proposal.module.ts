import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@consignado/service-kit';
import { ProposalConfig } from '../../config';
import { CustomerModule } from '../customer/customer.module';
import { SimulationModule } from '../simulation/simulation.module';
import { ApplyProposalEventHandler } from './commands/apply-proposal-event/apply-proposal-event.handler';
import { ParkedEvents } from './commands/apply-proposal-event/parked-events';
import { ProposalEventsConsumer } from './commands/apply-proposal-event/proposal-events.event-handler';
import { AcceptContractController } from './commands/accept-contract/accept-contract.controller';
import { AcceptContractHandler } from './commands/accept-contract/accept-contract.handler';
import { AttachDocumentController } from './commands/attach-document/attach-document.controller';
import { AttachDocumentHandler } from './commands/attach-document/attach-document.handler';
import { CancelProposalController } from './commands/cancel-proposal/cancel-proposal.controller';
import { CancelProposalHandler } from './commands/cancel-proposal/cancel-proposal.handler';
import { CreateProposalController } from './commands/create-proposal/create-proposal.controller';
import { CreateProposalHandler } from './commands/create-proposal/create-proposal.handler';
import { AcceptanceExpiryScheduler } from './commands/expire-acceptances/acceptance-expiry.scheduler';
import { ExpireAcceptancesHandler } from './commands/expire-acceptances/expire-acceptances.handler';
import { ProposalEventsPublisher } from './commands/proposal-events.publisher';
import { CommissionPolicy } from './domain/commission';
import { AcceptanceWindow } from './domain/formalization';
import { DOCUMENT_REPOSITORY, TypeOrmDocumentRepository } from './database/document.repository';
import { PARKED_EVENT_REPOSITORY, TypeOrmParkedEventRepository } from './database/parked-event.repository';
import { PROPOSAL_REPOSITORY, TypeOrmProposalRepository } from './database/proposal.repository';
import { TIMELINE_REPOSITORY, TypeOrmTimelineRepository } from './database/timeline.repository';
import { CommissionStatementController } from './queries/commission-statement/commission-statement.controller';
import { CommissionStatementQuery } from './queries/commission-statement/commission-statement.query';
import { GetProposalController } from './queries/get-proposal/get-proposal.controller';
import { GetTimelineController } from './queries/get-timeline/get-timeline.controller';
import { ListProposalsController } from './queries/list-proposals/list-proposals.controller';

/** Proposals: creation, documents, cancellation, the contract's acceptance and its expiry, the state kept true by events, and their queries — corban commission statements included (R-PR-1..8, R-LN-9). */
@Module({
  imports: [CustomerModule, SimulationModule, IdempotencyModule],
  controllers: [
    CreateProposalController,
    ListProposalsController,
    GetProposalController,
    GetTimelineController,
    AttachDocumentController,
    CancelProposalController,
    AcceptContractController,
    CommissionStatementController,
  ],
  providers: [
    CreateProposalHandler,
    AttachDocumentHandler,
    CancelProposalHandler,
    AcceptContractHandler,
    ExpireAcceptancesHandler,
    AcceptanceExpiryScheduler,
    ApplyProposalEventHandler,
    ProposalEventsConsumer,
    ParkedEvents,
    ProposalEventsPublisher,
    CommissionStatementQuery,
    { provide: CommissionPolicy, inject: [ProposalConfig], useFactory: (config: ProposalConfig) => new CommissionPolicy(config.commissionPercents) },
    { provide: AcceptanceWindow, inject: [ProposalConfig], useFactory: (config: ProposalConfig) => new AcceptanceWindow(config.ACCEPTANCE_WINDOW_MINUTES) },
    { provide: PROPOSAL_REPOSITORY, useClass: TypeOrmProposalRepository },
    { provide: TIMELINE_REPOSITORY, useClass: TypeOrmTimelineRepository },
    { provide: DOCUMENT_REPOSITORY, useClass: TypeOrmDocumentRepository },
    { provide: PARKED_EVENT_REPOSITORY, useClass: TypeOrmParkedEventRepository },
  ],
  exports: [PROPOSAL_REPOSITORY, TIMELINE_REPOSITORY],
})
export class ProposalModule {}
