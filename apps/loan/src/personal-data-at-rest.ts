import type { SealingPlan } from '@consignado/service-kit';
import { CONTRACT_SEALED_ONLY_MIGRATIONS, contractBackfill } from './modules/contract/database';

/**
 * loan's personal data at rest (R-SEC-3), for service-kit's migrateSealingPersonalData: the
 * migrations that refuse clear values, and the backfill that seals the rows written before them.
 */
export const LOAN_SEALING: SealingPlan = {
  sealedOnly: CONTRACT_SEALED_ONLY_MIGRATIONS,
  backfills: (cipher) => [contractBackfill(cipher)],
};
