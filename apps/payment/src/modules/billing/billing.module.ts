import { Module } from '@nestjs/common';
import { CloseBillingEventHandler } from './commands/close-billing/close-billing.event-handler';
import { CloseBillingHandler } from './commands/close-billing/close-billing.handler';
import { OpenBillingEventHandler } from './commands/open-billing/open-billing.event-handler';
import { OpenBillingHandler } from './commands/open-billing/open-billing.handler';
import { RecordPayrollDeductionEventHandler } from './commands/record-payroll-deduction/record-payroll-deduction.event-handler';
import { InstallmentDueScheduler } from './commands/run-installment-due/installment-due.scheduler';
import { RunInstallmentDueController } from './commands/run-installment-due/run-installment-due.controller';
import { RunInstallmentDueHandler } from './commands/run-installment-due/run-installment-due.handler';
import { BILLING_REPOSITORY, TypeOrmBillingRepository } from './database/billing.repository';
import { INSTALLMENT_REMINDER_REPOSITORY, TypeOrmInstallmentReminderRepository } from './database/installment-reminder.repository';
import { PAYROLL_DEDUCTION_REPOSITORY, TypeOrmPayrollDeductionRepository } from './database/payroll-deduction.repository';
import { GetInstallmentsController } from './queries/get-installments/get-installments.controller';

/**
 * Billing of activated contracts (R-PA-1): schedule, payroll deduction, stop on cancel/settle,
 * installments paid and the customer's credit, and the daily InstallmentDue job.
 */
@Module({
  controllers: [GetInstallmentsController, RunInstallmentDueController],
  providers: [
    { provide: BILLING_REPOSITORY, useClass: TypeOrmBillingRepository },
    { provide: PAYROLL_DEDUCTION_REPOSITORY, useClass: TypeOrmPayrollDeductionRepository },
    { provide: INSTALLMENT_REMINDER_REPOSITORY, useClass: TypeOrmInstallmentReminderRepository },
    OpenBillingHandler,
    OpenBillingEventHandler,
    CloseBillingHandler,
    CloseBillingEventHandler,
    RecordPayrollDeductionEventHandler,
    RunInstallmentDueHandler,
    InstallmentDueScheduler,
  ],
  exports: [BILLING_REPOSITORY, PAYROLL_DEDUCTION_REPOSITORY],
})
export class BillingModule {}
