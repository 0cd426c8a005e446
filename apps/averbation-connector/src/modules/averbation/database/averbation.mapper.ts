import { Averbation, type AverbationStatus } from '../domain/averbation';
import { AverbationRow } from './averbation.orm-entity';

export function toDomain(row: AverbationRow): Averbation {
  return new Averbation({
    id: row.id,
    request: row.request,
    status: row.status as AverbationStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    protocol: row.protocol ?? undefined,
    registeredAt: row.registeredAt?.toISOString(),
    cancelledAt: row.cancelledAt ?? undefined,
    closeReason: row.closeReason ?? undefined,
    lastError: row.lastErrorCode ? { code: row.lastErrorCode, message: row.lastErrorMessage ?? '' } : undefined,
  });
}

/** The columns an averbation owns (the lease columns belong to the worker). */
export function toRow(averbation: Averbation): Omit<AverbationRow, 'leaseToken' | 'leaseExpiresAt'> {
  const s = averbation.snapshot;
  const p = s.request.payload;
  return {
    id: s.id,
    contractId: p.contractId,
    proposalId: p.proposalId,
    benefitNumber: p.benefitNumber,
    installmentAmount: p.installmentAmount,
    status: s.status,
    attempts: s.attempts,
    nextAttemptAt: s.nextAttemptAt,
    protocol: s.protocol ?? null,
    registeredAt: s.registeredAt ? new Date(s.registeredAt) : null,
    cancelledAt: s.cancelledAt ?? null,
    closeReason: s.closeReason ?? null,
    lastErrorCode: s.lastError?.code ?? null,
    lastErrorMessage: s.lastError?.message ?? null,
    request: s.request,
    updatedAt: new Date(),
  };
}
