import { type DynamicModule, Module } from '@nestjs/common';
import { IdempotencyModule } from '@consignado/service-kit';
import { AcceptContractEventHandler } from './commands/accept-contract/accept-contract.event-handler';
import { AcceptContractHandler } from './commands/accept-contract/accept-contract.handler';
import { BlockContractHandler } from './commands/block-contract/block-contract.handler';
import { ContractBlocksController } from './commands/block-contract/contract-blocks.controller';
import { AnswerPortabilityOutEventHandler } from './commands/answer-portability-out/answer-portability-out.event-handler';
import { AnswerPortabilityOutHandler } from './commands/answer-portability-out/answer-portability-out.handler';
import { CompletePortabilityTransferEventHandler } from './commands/complete-portability-transfer/complete-portability-transfer.event-handler';
import { CompletePortabilityTransferHandler } from './commands/complete-portability-transfer/complete-portability-transfer.handler';
import { FailPortabilityTransferEventHandler } from './commands/fail-portability-transfer/fail-portability-transfer.event-handler';
import { FailPortabilityTransferHandler } from './commands/fail-portability-transfer/fail-portability-transfer.handler';
import { ActivateContractEventHandler } from './commands/activate-contract/activate-contract.event-handler';
import { ActivateContractHandler } from './commands/activate-contract/activate-contract.handler';
import { BookContractEventHandler } from './commands/book-contract/book-contract.event-handler';
import { BookContractHandler } from './commands/book-contract/book-contract.handler';
import { CancelContractEventHandler } from './commands/cancel-contract/cancel-contract.event-handler';
import { CancelContractHandler } from './commands/cancel-contract/cancel-contract.handler';
import { RecordAverbationFailureEventHandler } from './commands/record-averbation-failure/record-averbation-failure.event-handler';
import { RecordAverbationFailureHandler } from './commands/record-averbation-failure/record-averbation-failure.handler';
import { DenyInsuranceClaimEventHandler } from './commands/deny-insurance-claim/deny-insurance-claim.event-handler';
import { DenyInsuranceClaimHandler } from './commands/deny-insurance-claim/deny-insurance-claim.handler';
import { RecordPaymentEventHandler } from './commands/record-payment/record-payment.event-handler';
import { RecordPaymentHandler } from './commands/record-payment/record-payment.handler';
import { CANCELLATION_REQUEST_REPOSITORY, TypeOrmCancellationRequestRepository } from './database/cancellation-request.repository';
import { CONTRACT_DOCUMENT_REPOSITORY, TypeOrmContractDocumentRepository } from './database/contract-document.repository';
import { CONTRACT_PAYMENT_REPOSITORY, TypeOrmContractPaymentRepository } from './database/contract-payment.repository';
import { CONTRACT_REPOSITORY, TypeOrmContractRepository } from './database/contract.repository';
import { PORTABILITY_OUT_REPOSITORY, TypeOrmPortabilityOutRepository } from './database/portability-out.repository';
import { CLOCK, type Clock } from './domain/clock';
import { CustomerContractsController } from './queries/customer-contracts/customer-contracts.controller';
import { GetContractController } from './queries/get-contract/get-contract.controller';
import { GetCcbController } from './queries/get-ccb/get-ccb.controller';
import { GetPayoffController } from './queries/get-payoff/get-payoff.controller';
import { GetWorkoutOffersController } from './queries/get-workout-offers/get-workout-offers.controller';
import { ListContractsController } from './queries/list-contracts/list-contracts.controller';

/** The Contract aggregate: booking, formalization (CCB and acceptance), averbação and portability outcomes, cancellation, payments, settlement, amortization, portability out, blocks, balance and settlement quote. */
@Module({})
export class ContractModule {
  static register(clock: Clock): DynamicModule {
    return {
      module: ContractModule,
      imports: [IdempotencyModule],
      controllers: [ContractBlocksController, GetContractController, GetCcbController, GetPayoffController, GetWorkoutOffersController, ListContractsController, CustomerContractsController],
      providers: [
        { provide: CLOCK, useValue: clock },
        { provide: CONTRACT_REPOSITORY, useClass: TypeOrmContractRepository },
        { provide: CANCELLATION_REQUEST_REPOSITORY, useClass: TypeOrmCancellationRequestRepository },
        { provide: CONTRACT_PAYMENT_REPOSITORY, useClass: TypeOrmContractPaymentRepository },
        { provide: PORTABILITY_OUT_REPOSITORY, useClass: TypeOrmPortabilityOutRepository },
        { provide: CONTRACT_DOCUMENT_REPOSITORY, useClass: TypeOrmContractDocumentRepository },
        BookContractHandler,
        BookContractEventHandler,
        AcceptContractHandler,
        AcceptContractEventHandler,
        ActivateContractHandler,
        ActivateContractEventHandler,
        RecordAverbationFailureHandler,
        RecordAverbationFailureEventHandler,
        DenyInsuranceClaimHandler,
        DenyInsuranceClaimEventHandler,
        CancelContractHandler,
        CancelContractEventHandler,
        RecordPaymentHandler,
        RecordPaymentEventHandler,
        CompletePortabilityTransferHandler,
        CompletePortabilityTransferEventHandler,
        FailPortabilityTransferHandler,
        FailPortabilityTransferEventHandler,
        AnswerPortabilityOutHandler,
        AnswerPortabilityOutEventHandler,
        BlockContractHandler,
      ],
    };
  }
}
