import { BillingInstallmentRow } from './billing-installment.orm-entity';
import { BillingRow } from './billing.orm-entity';
import { InstallmentReminderRow } from './installment-reminder.orm-entity';
import { CreateBilling1795600000000 } from './migrations/1795600000000-create-billing';
import { BillingServicing1795600000001 } from './migrations/1795600000001-billing-servicing';
import { PayrollDeductionRow } from './payroll-deduction.orm-entity';

export const BILLING_ENTITIES = [BillingRow, BillingInstallmentRow, PayrollDeductionRow, InstallmentReminderRow];
export const BILLING_MIGRATIONS = [CreateBilling1795600000000, BillingServicing1795600000001];
