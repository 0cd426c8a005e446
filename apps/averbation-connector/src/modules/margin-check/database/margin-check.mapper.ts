import type { FieldCipher } from '@consignado/core';
import { sealOrNull } from '@consignado/service-kit';
import { openRequest, sealRequest } from '../../../privacy/sealed-request';
import { MarginCheck, type MarginCheckStatus } from '../domain/margin-check';
import type { MarginCheckRow } from './margin-check.orm-entity';

/** Personal columns (LGPD, R-SEC-3) and their sealing field. */
export const MARGIN_CHECK_SEALED = { benefitNumber: 'margin_check.benefit_number' } as const;

export function toDomain(cipher: FieldCipher, row: MarginCheckRow): MarginCheck {
  if (!row.request) throw new Error(`margin check ${row.id} has no request`);
  return new MarginCheck({
    id: row.id,
    request: openRequest(cipher, row.request, 'margin_check'),
    status: row.status as MarginCheckStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastErrorCode ? { code: row.lastErrorCode, message: row.lastErrorMessage ?? '' } : undefined,
  });
}

/** The stored columns: benefit number and request sealed; a customer id found before is never overwritten with none. */
export function toRow(cipher: FieldCipher, check: MarginCheck): Omit<MarginCheckRow, 'customerId'> & { customerId?: string } {
  const s = check.snapshot;
  const p = s.request.payload;
  return {
    id: s.id,
    requestEventId: s.request.eventId,
    proposalId: p.proposalId,
    ...(p.customerId ? { customerId: p.customerId } : {}),
    benefitNumber: sealOrNull(cipher, p.benefitNumber, MARGIN_CHECK_SEALED.benefitNumber),
    status: s.status,
    attempts: s.attempts,
    nextAttemptAt: s.nextAttemptAt,
    lastErrorCode: s.lastError?.code ?? null,
    lastErrorMessage: s.lastError?.message ?? null,
    request: s.status === 'PENDING' ? sealRequest(cipher, s.request, 'margin_check') : null,
    leaseToken: null,
    leaseExpiresAt: null,
    updatedAt: new Date(),
  };
}
