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
import { CreateProposalFromOfferController } from './commands/create-proposal-from-offer/create-proposal-from-offer.controller';
import { CreateProposalFromOfferHandler } from './commands/create-proposal-from-offer/create-proposal-from-offer.handler';
import { AcceptanceExpiryScheduler } from './commands/expire-acceptances/acceptance-expiry.scheduler';
import { ExpireAcceptancesHandler } from './commands/expire-acceptances/expire-acceptances.handler';
import { ProposalEventsPublisher } from './commands/proposal-events.publisher';
import { RecommendationMadeEventHandler } from './commands/record-credit-offers/recommendation-made.event-handler';
import { RecordCreditOffersHandler } from './commands/record-credit-offers/record-credit-offers.handler';
import { CommissionPolicy } from './domain/commission';
import { AcceptanceWindow } from './domain/formalization';
import { CREDIT_OFFER_REPOSITORY, TypeOrmCreditOfferRepository } from './database/credit-offer.repository';
import { DOCUMENT_REPOSITORY, TypeOrmDocumentRepository } from './database/document.repository';
import { PARKED_EVENT_REPOSITORY, TypeOrmParkedEventRepository } from './database/parked-event.repository';
import { PROPOSAL_REPOSITORY, TypeOrmProposalRepository } from './database/proposal.repository';
import { TIMELINE_REPOSITORY, TypeOrmTimelineRepository } from './database/timeline.repository';
import { CommissionStatementController } from './queries/commission-statement/commission-statement.controller';
import { CommissionStatementQuery } from './queries/commission-statement/commission-statement.query';
import { GetProposalController } from './queries/get-proposal/get-proposal.controller';
import { GetTimelineController } from './queries/get-timeline/get-timeline.controller';
import { ListProposalsController } from './queries/list-proposals/list-proposals.controller';

/** Proposals: creation (from a recommendation's credit offer too, seed 004), documents, cancellation, the contract's acceptance and its expiry, the state kept true by events, and their queries — corban commission statements included (R-PR-1..8, R-LN-9). */
@Module({
  imports: [CustomerModule, SimulationModule, IdempotencyModule],
  controllers: [
    CreateProposalController,
    CreateProposalFromOfferController,
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
    CreateProposalFromOfferHandler,
    RecordCreditOffersHandler,
    RecommendationMadeEventHandler,
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
    { provide: CREDIT_OFFER_REPOSITORY, useClass: TypeOrmCreditOfferRepository },
  ],
  exports: [PROPOSAL_REPOSITORY, TIMELINE_REPOSITORY],
})
export class ProposalModule {}
