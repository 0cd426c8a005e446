import { InsuranceClaim } from '../domain/insurance-claim';
import type { InsuranceClaimState } from '../domain/insurance-claim-state';
import type { InsuranceClaimRow } from './insurance-claim.orm-entity';

type Detail = Omit<InsuranceClaimState, 'id' | 'contractId' | 'status' | 'attempts' | 'nextAttemptAt'>;

/* The looked-up fields are columns; everything else round-trips through `detail` (JSON: strings and numbers). */

export function toDomain(row: InsuranceClaimRow): InsuranceClaim {
  return new InsuranceClaim({ ...(row.detail as unknown as Detail), id: row.id, contractId: row.contractId, status: row.status as InsuranceClaimState['status'], attempts: row.attempts, nextAttemptAt: row.nextAttemptAt });
}

export function toRow(claim: InsuranceClaim): Omit<InsuranceClaimRow, 'leaseToken' | 'leaseExpiresAt'> {
  const { id, contractId, status, attempts, nextAttemptAt, ...detail } = claim.snapshot;
  return { id, contractId, status, attempts, nextAttemptAt, detail: { ...detail }, updatedAt: new Date() };
}
