import { BillingInstallmentRow } from './billing-installment.orm-entity';
import { BillingRow } from './billing.orm-entity';
import { InstallmentReminderRow } from './installment-reminder.orm-entity';
import { CreateBilling1795600000000 } from './migrations/1795600000000-create-billing';
import { BillingServicing1795600000001 } from './migrations/1795600000001-billing-servicing';
import { BillingPosition1795900000000 } from './migrations/1795900000000-billing-position';
import { HoldReleasedByAverbationFailure1796000000000 } from './migrations/1796000000000-hold-released-by-averbation-failure';
import { BillingBlock1797600000000 } from './migrations/1797600000000-billing-block';
import { InsurancePremiumRefund1797700000001 } from './migrations/1797700000001-insurance-premium-refund';
import { CreditApplication1798000000001 } from './migrations/1798000000001-credit-application';
import { BillingProduct1798100000000 } from './migrations/1798100000000-billing-product';
import { PayrollDeductionRow } from './payroll-deduction.orm-entity';
import { RefinancingHoldRow } from './refinancing-hold.orm-entity';

export const BILLING_ENTITIES = [BillingRow, BillingInstallmentRow, PayrollDeductionRow, InstallmentReminderRow, RefinancingHoldRow];
/** The first two; the later ones run after payment's own migrations (database.ts). */
export const BILLING_MIGRATIONS = [CreateBilling1795600000000, BillingServicing1795600000001];
export { BillingPosition1795900000000, HoldReleasedByAverbationFailure1796000000000, BillingBlock1797600000000, InsurancePremiumRefund1797700000001, CreditApplication1798000000001, BillingProduct1798100000000 };
