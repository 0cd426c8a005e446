import { Module } from '@nestjs/common';
import { CloseBillingEventHandler } from './commands/close-billing/close-billing.event-handler';
import { CloseBillingHandler } from './commands/close-billing/close-billing.handler';
import { OpenBillingEventHandler } from './commands/open-billing/open-billing.event-handler';
import { OpenBillingHandler } from './commands/open-billing/open-billing.handler';
import { RecordPayrollDeductionEventHandler } from './commands/record-payroll-deduction/record-payroll-deduction.event-handler';
import { BILLING_REPOSITORY, TypeOrmBillingRepository } from './database/billing.repository';
import { PAYROLL_DEDUCTION_REPOSITORY, TypeOrmPayrollDeductionRepository } from './database/payroll-deduction.repository';
import { GetInstallmentsController } from './queries/get-installments/get-installments.controller';

/** Billing of activated contracts (first slice of R-PA-1): schedule, deduction, stop on cancel/settle. */
@Module({
  controllers: [GetInstallmentsController],
  providers: [
    { provide: BILLING_REPOSITORY, useClass: TypeOrmBillingRepository },
    { provide: PAYROLL_DEDUCTION_REPOSITORY, useClass: TypeOrmPayrollDeductionRepository },
    OpenBillingHandler,
    OpenBillingEventHandler,
    CloseBillingHandler,
    CloseBillingEventHandler,
    RecordPayrollDeductionEventHandler,
  ],
})
export class BillingModule {}
