import type { FieldCipher } from '@consignado/core';
import { openOrUndefined, sealOrNull } from '@consignado/service-kit';
import { reasonOf } from '../domain/alteration-plan';
import { type AlterationStatus, AverbationAlteration } from '../domain/averbation-alteration';
import type { AlterationRow } from './alteration.orm-entity';

/** Personal columns (LGPD, R-SEC-3) and their sealing field. */
export const ALTERATION_SEALED = { benefitNumber: 'averbation_alteration.benefit_number' } as const;

export function toDomain(cipher: FieldCipher, row: AlterationRow): AverbationAlteration {
  return new AverbationAlteration({
    id: row.id,
    contractId: row.contractId,
    protocol: row.protocol,
    benefitNumber: openOrUndefined(cipher, row.benefitNumber, ALTERATION_SEALED.benefitNumber),
    plan: {
      installmentAmount: row.installmentAmount,
      remainingInstallments: row.remainingInstallments,
      effectiveDate: row.effectiveDate,
      amendedAt: row.amendedAt.toISOString(),
      paymentId: row.paymentId,
      reason: reasonOf(row.request),
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

/** The columns an alteration owns (the lease columns belong to the worker); the benefit number sealed. */
export function toRow(cipher: FieldCipher, alteration: AverbationAlteration): Omit<AlterationRow, 'leaseToken' | 'leaseExpiresAt'> {
  const s = alteration.snapshot;
  // The plan's reason is no column: the request's event type tells it.
  const { installmentAmount, remainingInstallments, effectiveDate, amendedAt, paymentId } = s.plan;
  return {
    id: s.id,
    contractId: s.contractId,
    protocol: s.protocol,
    benefitNumber: sealOrNull(cipher, s.benefitNumber, ALTERATION_SEALED.benefitNumber),
    installmentAmount,
    remainingInstallments,
    effectiveDate,
    amendedAt: new Date(amendedAt),
    paymentId,
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
