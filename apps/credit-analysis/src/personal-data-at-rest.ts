import type { SealingPlan } from '@consignado/service-kit';
import { ANALYSIS_SEALED_ONLY_MIGRATIONS, analysisDataBackfill } from './modules/analysis/database';
import { contractPositionBackfill, PROJECTION_SEALED_ONLY_MIGRATIONS } from './modules/contract-projection/database';

/**
 * credit-analysis' personal data at rest (R-SEC-3), for service-kit's migrateSealingPersonalData:
 * the migrations that refuse clear values, and the backfills that seal the rows written before them.
 */
export const CREDIT_ANALYSIS_SEALING: SealingPlan = {
  sealedOnly: [...ANALYSIS_SEALED_ONLY_MIGRATIONS, ...PROJECTION_SEALED_ONLY_MIGRATIONS],
  backfills: (cipher) => [analysisDataBackfill(cipher), contractPositionBackfill(cipher)],
};
