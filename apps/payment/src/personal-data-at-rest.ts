import type { SealingPlan } from '@consignado/service-kit';
import { payrollDeductionBackfill } from './modules/billing/database/payroll-deduction.backfill';
import { SEALED_ONLY_MIGRATIONS } from './modules/data-subject/database';

/**
 * payment's personal data at rest (R-SEC-3), for service-kit's migrateSealingPersonalData: the
 * migration that refuses clear benefit numbers, and the backfill that seals the rows written before.
 */
export const PAYMENT_SEALING: SealingPlan = {
  sealedOnly: SEALED_ONLY_MIGRATIONS,
  backfills: (cipher) => [payrollDeductionBackfill(cipher)],
};
