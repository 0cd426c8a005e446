import { BillingInstallmentRow } from './billing-installment.orm-entity';
import { BillingRow } from './billing.orm-entity';
import { CreateBilling1795600000000 } from './migrations/1795600000000-create-billing';
import { PayrollDeductionRow } from './payroll-deduction.orm-entity';

export const PAYMENT_ENTITIES = [BillingRow, BillingInstallmentRow, PayrollDeductionRow];
export const PAYMENT_MIGRATIONS = [CreateBilling1795600000000];
