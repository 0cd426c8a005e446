import { auditMigrations, idempotencyMigrations } from '@consignado/service-kit';
import {
  BILLING_ENTITIES,
  BILLING_MIGRATIONS,
  BillingBlock1797600000000,
  BillingProduct1798100000000,
  BillingPosition1795900000000,
  CreditApplication1798000000001,
  HoldReleasedByAverbationFailure1796000000000,
  InsurancePremiumRefund1797700000001,
} from './modules/billing/database';
import { BusinessClockRow } from './modules/business-clock/database/business-clock.orm-entity';
import { DATA_SUBJECT_MIGRATIONS } from './modules/data-subject/database';
import { DISBURSEMENT_MIGRATIONS } from './modules/disbursement/database';
import { CreateBusinessClock1795600000002 } from './modules/business-clock/database/migrations/1795600000002-create-business-clock';
import { CreatePayment1795600000004 } from './modules/payment/database/migrations/1795600000004-create-payment';
import { MovePaymentIdempotencyKeys1795700000001 } from './modules/payment/database/migrations/1795700000001-move-payment-idempotency-keys';
import { PaymentLifeCycle1795900000001 } from './modules/payment/database/migrations/1795900000001-payment-life-cycle';
import { InsurancePayoff1797700000000 } from './modules/payment/database/migrations/1797700000000-insurance-payoff';
import { RenegotiationPayment1798100000001 } from './modules/payment/database/migrations/1798100000001-renegotiation-payment';
import { PaymentRow } from './modules/payment/database/payment.orm-entity';
import { CreatePayrollRemittance1795600000003 } from './modules/remittance/database/migrations/1795600000003-create-payroll-remittance';
import { MoveRemittanceReplay1795700000002 } from './modules/remittance/database/migrations/1795700000002-move-remittance-replay';
import { PayrollRemittanceRow } from './modules/remittance/database/payroll-remittance.orm-entity';

/** Every table of the payment service and its migrations, oldest first (TypeORM runs them by timestamp). */
export const PAYMENT_ENTITIES = [...BILLING_ENTITIES, BusinessClockRow, PayrollRemittanceRow, PaymentRow];
export const PAYMENT_MIGRATIONS = [
  ...BILLING_MIGRATIONS,
  CreateBusinessClock1795600000002,
  CreatePayrollRemittance1795600000003,
  CreatePayment1795600000004,
  ...idempotencyMigrations,
  MovePaymentIdempotencyKeys1795700000001,
  MoveRemittanceReplay1795700000002,
  BillingPosition1795900000000,
  PaymentLifeCycle1795900000001,
  HoldReleasedByAverbationFailure1796000000000,
  ...auditMigrations,
  ...DATA_SUBJECT_MIGRATIONS,
  BillingBlock1797600000000,
  InsurancePayoff1797700000000,
  InsurancePremiumRefund1797700000001,
  ...DISBURSEMENT_MIGRATIONS,
  CreditApplication1798000000001,
  BillingProduct1798100000000,
  RenegotiationPayment1798100000001,
];
