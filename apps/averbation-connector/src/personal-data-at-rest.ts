import type { SealingPlan } from '@consignado/service-kit';
import { alterationBackfill, averbationBackfill } from './modules/averbation/database';
import { SEALED_ONLY_MIGRATIONS } from './modules/data-subject/database';
import { marginCheckBackfill } from './modules/margin-check/database';
import { portabilityInBackfill } from './modules/portability/database';

/**
 * averbation-connector's personal data at rest (R-SEC-3), for service-kit's migrateSealingPersonalData:
 * the migrations that refuse clear values, and the backfills that seal the rows written before them.
 */
export const CONNECTOR_SEALING: SealingPlan = {
  sealedOnly: SEALED_ONLY_MIGRATIONS,
  backfills: (cipher) => [marginCheckBackfill(cipher), averbationBackfill(cipher), alterationBackfill(cipher), portabilityInBackfill(cipher)],
};
