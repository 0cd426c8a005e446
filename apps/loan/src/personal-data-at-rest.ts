import type { DataSource } from 'typeorm';
import type { FieldCipher } from '@consignado/core';
import { runBackfills, type SealingPlan } from '@consignado/service-kit';
import { CONTRACT_SEALED_ONLY_MIGRATIONS, contractBackfill } from './modules/contract/database';

/**
 * loan's personal data at rest (R-SEC-3), for service-kit's migrateSealingPersonalData: the
 * migrations that refuse clear values, and the backfill that seals the rows written before them.
 */
export const LOAN_SEALING: SealingPlan = {
  sealedOnly: CONTRACT_SEALED_ONLY_MIGRATIONS,
  backfills: (cipher) => [contractBackfill(cipher)],
};

/** Seals every row still holding personal data in clear, table by table; how many each needed. */
export function backfillPersonalData(dataSource: DataSource, cipher: FieldCipher, batchSize = 500): Promise<Record<string, number>> {
  return runBackfills(dataSource, LOAN_SEALING.backfills(cipher), batchSize);
}
