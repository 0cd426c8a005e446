import { Module } from '@nestjs/common';
import { AverbationModule } from '../averbation/averbation.module';
import { CtcModule } from '../exchange/ctc.module';
import { retryPolicyProviders } from '../jobs/retry-policies';
import { AnswerPortabilityOutEventHandler } from './commands/answer-portability-out/answer-portability-out.event-handler';
import { ClosePortabilitiesHandler } from './commands/close-portabilities/close-portabilities.handler';
import { PortabilityEventsPublisher } from './commands/portability-events.publisher';
import { FeedMessageApplier } from './commands/read-feed/feed-message.applier';
import { ReadFeedHandler } from './commands/read-feed/read-feed.handler';
import { ProposalEndedEventHandler } from './commands/withdraw-portability/proposal-ended.event-handler';
import { RequestBalanceEventHandler } from './commands/request-balance/request-balance.event-handler';
import { RequestTransferEventHandler } from './commands/request-transfer/request-transfer.event-handler';
import { RunPortabilityInHandler } from './commands/run-portability-in/run-portability-in.handler';
import { RunPortabilityOutHandler } from './commands/run-portability-out/run-portability-out.handler';
import { FEED_REPOSITORY, TypeOrmFeedRepository } from './database/feed.repository';
import { PORTABILITY_IN_REPOSITORY, PORTABILITY_OUT_REPOSITORY, TypeOrmPortabilityInRepository, TypeOrmPortabilityOutRepository } from './database/portability.repositories';
import { FeedWorker } from './feed.worker';
import { PortabilityInWorker } from './portability-in.worker';
import { PortabilityOutWorker } from './portability-out.worker';
import { GetPortabilityController } from './queries/get-portability/get-portability.controller';

/**
 * Our participant at the interbank portability exchange (R-LN-7, R-LN-11). In: PortabilityBalanceRequested
 * / PortabilityTransferRequested → the exchange → PortabilityBalanceReceived, PortabilityRequestFailed,
 * PortabilityTransferCompleted / Failed. Out: the feed → PortabilityOutRequested; PortabilityOutAnswered
 * → the exchange; the feed → PortabilityOutFundsReceived; ContractSettled PORTED_OUT → the settlement
 * confirmed (ClosePortabilitiesHandler, called by the contract-events edge).
 */
@Module({
  imports: [CtcModule, AverbationModule],
  controllers: [GetPortabilityController],
  providers: [
    RequestBalanceEventHandler,
    ProposalEndedEventHandler,
    RequestTransferEventHandler,
    AnswerPortabilityOutEventHandler,
    ClosePortabilitiesHandler,
    PortabilityEventsPublisher,
    RunPortabilityInHandler,
    RunPortabilityOutHandler,
    FeedMessageApplier,
    ReadFeedHandler,
    PortabilityInWorker,
    PortabilityOutWorker,
    FeedWorker,
    ...retryPolicyProviders,
    { provide: PORTABILITY_IN_REPOSITORY, useClass: TypeOrmPortabilityInRepository },
    { provide: PORTABILITY_OUT_REPOSITORY, useClass: TypeOrmPortabilityOutRepository },
    { provide: FEED_REPOSITORY, useClass: TypeOrmFeedRepository },
  ],
  exports: [ClosePortabilitiesHandler],
})
export class PortabilityModule {}
