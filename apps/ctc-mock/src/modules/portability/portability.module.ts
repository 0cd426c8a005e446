import { Module } from '@nestjs/common';
import { CtcMockConfig } from '../../config';
import { ChaosModule } from '../chaos/chaos.module';
import { ClockModule } from '../clock/clock.module';
import { AnswerBalanceController } from './commands/answer-balance/answer-balance.controller';
import { AnswerBalanceHandler } from './commands/answer-balance/answer-balance.handler';
import { CancelController } from './commands/cancel/cancel.controller';
import { CancelHandler } from './commands/cancel/cancel.handler';
import { ConfirmSettlementController } from './commands/confirm-settlement/confirm-settlement.controller';
import { ConfirmSettlementHandler } from './commands/confirm-settlement/confirm-settlement.handler';
import { PortabilityJournal } from './commands/portability-journal';
import { PortabilityListeners } from './commands/portability-listeners';
import { PortabilityWork } from './commands/portability-work';
import { RejectController } from './commands/reject/reject.controller';
import { RejectHandler } from './commands/reject/reject.handler';
import { RequestPortabilityController } from './commands/request-portability/request-portability.controller';
import { RequestPortabilityHandler } from './commands/request-portability/request-portability.handler';
import { DeadlineScheduler } from './commands/sweep-deadlines/deadline.scheduler';
import { SweepDeadlinesController } from './commands/sweep-deadlines/sweep-deadlines.controller';
import { SweepDeadlinesHandler } from './commands/sweep-deadlines/sweep-deadlines.handler';
import { TransferController } from './commands/transfer/transfer.controller';
import { TransferHandler } from './commands/transfer/transfer.handler';
import { FEED_REPOSITORY, TypeOrmFeedRepository } from './database/feed.repository';
import { PORTABILITY_REPOSITORY } from './database/portability.repository';
import { TypeOrmPortabilityRepository } from './database/typeorm-portability.repository';
import { DeadlinePolicy } from './domain/deadline-policy';
import { GetPortabilityController } from './queries/get-portability/get-portability.controller';
import { GetPortabilityHandler } from './queries/get-portability/get-portability.handler';
import { ListPortabilitiesController } from './queries/list-portabilities/list-portabilities.controller';
import { ReadFeedController } from './queries/read-feed/read-feed.controller';
import { ReadFeedHandler } from './queries/read-feed/read-feed.handler';

const deadlinePolicy = (c: CtcMockConfig) => new DeadlinePolicy({ answer: c.CTC_ANSWER_BUSINESS_DAYS, transfer: c.CTC_TRANSFER_BUSINESS_DAYS, confirmation: c.CTC_CONFIRMATION_BUSINESS_DAYS });

/** The exchange: portabilities, their moves by the two institutions, deadlines and the message feed. */
@Module({
  imports: [ClockModule, ChaosModule],
  controllers: [
    RequestPortabilityController,
    GetPortabilityController,
    AnswerBalanceController,
    RejectController,
    TransferController,
    ConfirmSettlementController,
    CancelController,
    ReadFeedController,
    SweepDeadlinesController,
    ListPortabilitiesController,
  ],
  providers: [
    { provide: DeadlinePolicy, inject: [CtcMockConfig], useFactory: deadlinePolicy },
    { provide: PORTABILITY_REPOSITORY, useClass: TypeOrmPortabilityRepository },
    { provide: FEED_REPOSITORY, useClass: TypeOrmFeedRepository },
    PortabilityListeners,
    PortabilityJournal,
    PortabilityWork,
    RequestPortabilityHandler,
    GetPortabilityHandler,
    AnswerBalanceHandler,
    RejectHandler,
    TransferHandler,
    ConfirmSettlementHandler,
    CancelHandler,
    ReadFeedHandler,
    SweepDeadlinesHandler,
    DeadlineScheduler,
  ],
  exports: [PortabilityWork, PortabilityListeners, RequestPortabilityHandler, DeadlinePolicy, PORTABILITY_REPOSITORY],
})
export class PortabilityModule {}
