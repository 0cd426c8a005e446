import type { FieldCipher } from '@consignado/core';
import { openOrUndefined, sealOrNull } from '@consignado/service-kit';
import { openRequest, sealRequest } from '../../../privacy/sealed-request';
import { Averbation, type AverbationStatus } from '../domain/averbation';
import type { AverbationRow } from './averbation.orm-entity';

/** Personal columns (LGPD, R-SEC-3) and their sealing field; the request's fields are sealed under `averbation.request.<field>`. */
export const AVERBATION_SEALED = { benefitNumber: 'averbation.benefit_number' } as const;

export function toDomain(cipher: FieldCipher, row: AverbationRow): Averbation {
  return new Averbation({
    id: row.id,
    contractId: row.contractId,
    request: openRequest(cipher, row.request, 'averbation'),
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

/** The columns an averbation owns (the lease columns belong to the worker): benefit number and request sealed. */
export function toRow(cipher: FieldCipher, averbation: Averbation): Omit<AverbationRow, 'leaseToken' | 'leaseExpiresAt'> {
  const s = averbation.snapshot;
  const p = s.request.payload;
  return {
    id: s.id,
    contractId: s.contractId,
    proposalId: p.proposalId,
    customerId: p.customerId,
    benefitNumber: sealOrNull(cipher, p.benefitNumber, AVERBATION_SEALED.benefitNumber),
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
    request: sealRequest(cipher, s.request, 'averbation'),
    updatedAt: new Date(),
  };
}

/** The row as reads show it: benefit number and request opened. */
export function openedRow(cipher: FieldCipher, row: AverbationRow): AverbationRow {
  return { ...row, benefitNumber: openOrUndefined(cipher, row.benefitNumber, AVERBATION_SEALED.benefitNumber) ?? null, request: openRequest(cipher, row.request, 'averbation') };
}
