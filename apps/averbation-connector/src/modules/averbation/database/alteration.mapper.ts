import { type AlterationStatus, AverbationAlteration } from '../domain/averbation-alteration';
import type { AlterationRow } from './alteration.orm-entity';

export function toDomain(row: AlterationRow): AverbationAlteration {
  return new AverbationAlteration({
    id: row.id,
    contractId: row.contractId,
    protocol: row.protocol,
    benefitNumber: row.benefitNumber,
    plan: {
      installmentAmount: row.installmentAmount,
      remainingInstallments: row.remainingInstallments,
      effectiveDate: row.effectiveDate,
      amendedAt: row.amendedAt.toISOString(),
      paymentId: row.paymentId,
    },
    revision: row.revision,
    request: row.request,
    status: row.status as AlterationStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    appliedAt: row.appliedAt ?? undefined,
    lastError: row.lastErrorCode ? { code: row.lastErrorCode, message: row.lastErrorMessage ?? '' } : undefined,
  });
}

/** The columns an alteration owns (the lease columns belong to the worker). */
export function toRow(alteration: AverbationAlteration): Omit<AlterationRow, 'leaseToken' | 'leaseExpiresAt'> {
  const s = alteration.snapshot;
  return {
    id: s.id,
    contractId: s.contractId,
    protocol: s.protocol,
    benefitNumber: s.benefitNumber,
    ...s.plan,
    amendedAt: new Date(s.plan.amendedAt),
    revision: s.revision,
    request: s.request,
    status: s.status,
    attempts: s.attempts,
    nextAttemptAt: s.nextAttemptAt,
    appliedAt: s.appliedAt ?? null,
    lastErrorCode: s.lastError?.code ?? null,
    lastErrorMessage: s.lastError?.message ?? null,
    updatedAt: new Date(),
  };
}
