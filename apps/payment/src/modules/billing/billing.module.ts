import { Module } from '@nestjs/common';
import { IdempotencyModule } from '@consignado/service-kit';
import { DisbursementModule } from '../disbursement/disbursement.module';
import { PAYMENT_REPOSITORY, TypeOrmPaymentRepository } from '../payment/database/payment.repository';
import { ApplyCreditController } from './commands/apply-credit/apply-credit.controller';
import { ApplyCreditHandler } from './commands/apply-credit/apply-credit.handler';
import { RefundCreditController } from './commands/refund-credit/refund-credit.controller';
import { RefundCreditHandler } from './commands/refund-credit/refund-credit.handler';
import { CREDIT_APPLICATION_REPOSITORY, SqlCreditApplicationRepository } from './database/credit-application.repository';
import { AmendBillingEventHandler } from './commands/amend-billing/amend-billing.event-handler';
import { AmendBillingHandler } from './commands/amend-billing/amend-billing.handler';
import { BlockBillingEventHandler } from './commands/block-billing/block-billing.event-handler';
import { BlockBillingHandler } from './commands/block-billing/block-billing.handler';
import { CloseBillingEventHandler } from './commands/close-billing/close-billing.event-handler';
import { CloseBillingHandler } from './commands/close-billing/close-billing.handler';
import { HoldRefinancingEventHandler } from './commands/hold-refinancing/hold-refinancing.event-handler';
import { HoldRefinancingHandler } from './commands/hold-refinancing/hold-refinancing.handler';
import { OpenBillingEventHandler } from './commands/open-billing/open-billing.event-handler';
import { OpenBillingHandler } from './commands/open-billing/open-billing.handler';
import { PayOffHandler } from './commands/pay-off/pay-off.handler';
import { ReleaseRefinancingHoldEventHandler } from './commands/release-refinancing-hold/release-refinancing-hold.event-handler';
import { ReleaseRefinancingHoldHandler } from './commands/release-refinancing-hold/release-refinancing-hold.handler';
import { RecordPayrollDeductionEventHandler } from './commands/record-payroll-deduction/record-payroll-deduction.event-handler';
import { InstallmentDueScheduler } from './commands/run-installment-due/installment-due.scheduler';
import { RunInstallmentDueController } from './commands/run-installment-due/run-installment-due.controller';
import { RunInstallmentDueHandler } from './commands/run-installment-due/run-installment-due.handler';
import { BILLING_REPOSITORY, TypeOrmBillingRepository } from './database/billing.repository';
import { INSTALLMENT_REMINDER_REPOSITORY, TypeOrmInstallmentReminderRepository } from './database/installment-reminder.repository';
import { PAYROLL_DEDUCTION_REPOSITORY, TypeOrmPayrollDeductionRepository } from './database/payroll-deduction.repository';
import { REFINANCING_HOLD_REPOSITORY, TypeOrmRefinancingHoldRepository } from './database/refinancing-hold.repository';
import { GetInstallmentsController } from './queries/get-installments/get-installments.controller';

/**
 * Billing of activated contracts (R-PA-1) and the arbiter of money on them: the plan in force with
 * its finance position, payroll deduction, stop on cancel/settle, refinancing holds and payoffs,
 * amended plans, contract blocks (R-LN-8), installments paid and the customer's credit, and the
 * daily InstallmentDue job; the credit refunded through the rail or applied to installments. Payments are stored here too (PAYMENT_REPOSITORY): a payoff is written
 * in the same transaction.
 */
@Module({
  imports: [DisbursementModule, IdempotencyModule],
  controllers: [GetInstallmentsController, RunInstallmentDueController, RefundCreditController, ApplyCreditController],
  providers: [
    { provide: BILLING_REPOSITORY, useClass: TypeOrmBillingRepository },
    { provide: PAYROLL_DEDUCTION_REPOSITORY, useClass: TypeOrmPayrollDeductionRepository },
    { provide: INSTALLMENT_REMINDER_REPOSITORY, useClass: TypeOrmInstallmentReminderRepository },
    { provide: REFINANCING_HOLD_REPOSITORY, useClass: TypeOrmRefinancingHoldRepository },
    { provide: PAYMENT_REPOSITORY, useClass: TypeOrmPaymentRepository },
    { provide: CREDIT_APPLICATION_REPOSITORY, useClass: SqlCreditApplicationRepository },
    RefundCreditHandler,
    ApplyCreditHandler,
    OpenBillingHandler,
    OpenBillingEventHandler,
    PayOffHandler,
    HoldRefinancingHandler,
    HoldRefinancingEventHandler,
    ReleaseRefinancingHoldHandler,
    ReleaseRefinancingHoldEventHandler,
    AmendBillingHandler,
    AmendBillingEventHandler,
    CloseBillingHandler,
    CloseBillingEventHandler,
    BlockBillingHandler,
    BlockBillingEventHandler,
    RecordPayrollDeductionEventHandler,
    RunInstallmentDueHandler,
    InstallmentDueScheduler,
  ],
  exports: [BILLING_REPOSITORY, PAYROLL_DEDUCTION_REPOSITORY, REFINANCING_HOLD_REPOSITORY, PAYMENT_REPOSITORY, PayOffHandler],
})
export class BillingModule {}
