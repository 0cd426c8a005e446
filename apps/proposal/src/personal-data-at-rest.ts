import type { DataSource } from 'typeorm';
import type { FieldCipher } from '@consignado/core';
import { runBackfills, type SealingPlan } from '@consignado/service-kit';
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

/** Seals every row still holding personal data in clear, table by table; how many each needed. */
export function backfillPersonalData(dataSource: DataSource, cipher: FieldCipher, batchSize = 500): Promise<Record<string, number>> {
  return runBackfills(dataSource, PROPOSAL_SEALING.backfills(cipher), batchSize);
}
