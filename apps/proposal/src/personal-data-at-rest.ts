import type { SealingPlan } from '@consignado/service-kit';
import { SEALED_ONLY_MIGRATIONS } from './database';
import { customerBackfill } from './modules/customer/database';
import { proposalDataBackfills } from './modules/proposal/database';

/**
 * proposal's personal data at rest (R-SEC-3), for service-kit's migrateSealingPersonalData: the
 * migrations that refuse clear values, and the backfills that seal the rows written before them.
 */
export const PROPOSAL_SEALING: SealingPlan = {
  sealedOnly: SEALED_ONLY_MIGRATIONS,
  backfills: (cipher) => [customerBackfill(cipher), ...proposalDataBackfills(cipher)],
};
