import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@consignado/service-kit';
import { ReceiveRegretReturnController } from './commands/receive-regret-return/receive-regret-return.controller';
import { ReceiveRegretReturnHandler } from './commands/receive-regret-return/receive-regret-return.handler';
import { RecordPayoutAccountEventHandler } from './commands/record-payout-account/record-payout-account.event-handler';
import { RecordPayoutAccountHandler } from './commands/record-payout-account/record-payout-account.handler';
import { RecordReleaseOutcomeEventHandler } from './commands/record-release-outcome/record-release-outcome.event-handler';
import { RecordReleaseOutcomeHandler } from './commands/record-release-outcome/record-release-outcome.handler';
import { RegretReleaseHandler } from './commands/regret-release/regret-release.handler';
import { RequestReleaseHandler } from './commands/request-release/request-release.handler';
import { DisbursementWriter } from './commands/shared/disbursement-writer';
import { BILLING_REPOSITORY, TypeOrmBillingRepository } from '../billing/database/billing.repository';
import { DISBURSEMENT_REPOSITORY, SqlDisbursementRepository } from './database/disbursement.repository';
import { PAYOUT_ACCOUNT_REPOSITORY, SqlPayoutAccountRepository } from './database/payout-account.repository';
import { REGRET_RETURN_REPOSITORY, SqlRegretReturnRepository } from './database/regret-return.repository';
import { GetDisbursementsController } from './queries/get-disbursements/get-disbursements.controller';

/**
 * Release of funds (R-LN-10, seed 003 §3.1): each customer's payout account, the money an
 * activated contract releases — asked of the rail through FundsReleaseRequested, its outcome from
 * FundsReleased / FundsReleaseFailed — and the regret return (R-PR-8). The activation and the
 * cancellation reach it through billing's consumers (RequestReleaseHandler, RegretReleaseHandler),
 * in their transactions; a credit refund (CREDIT_REFUND) through billing's refund command.
 */
@Module({
  imports: [IdempotencyModule],
  controllers: [GetDisbursementsController, ReceiveRegretReturnController],
  providers: [
    { provide: DISBURSEMENT_REPOSITORY, useClass: SqlDisbursementRepository },
    { provide: PAYOUT_ACCOUNT_REPOSITORY, useClass: SqlPayoutAccountRepository },
    { provide: REGRET_RETURN_REPOSITORY, useClass: SqlRegretReturnRepository },
    // A failed credit refund puts its money back in the billing's credit (RecordReleaseOutcomeHandler).
    { provide: BILLING_REPOSITORY, useClass: TypeOrmBillingRepository },
    DisbursementWriter,
    RequestReleaseHandler,
    RegretReleaseHandler,
    RecordPayoutAccountHandler,
    RecordPayoutAccountEventHandler,
    RecordReleaseOutcomeHandler,
    RecordReleaseOutcomeEventHandler,
    ReceiveRegretReturnHandler,
  ],
  exports: [RequestReleaseHandler, RegretReleaseHandler, DisbursementWriter, DISBURSEMENT_REPOSITORY, PAYOUT_ACCOUNT_REPOSITORY],
})
export class DisbursementModule {}
