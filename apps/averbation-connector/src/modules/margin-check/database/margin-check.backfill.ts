import type { EventEnvelope } from '@consignado/contracts';
import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealIfClear } from '@consignado/service-kit';
import { sealRequestIfClear } from '../../../privacy/sealed-request';
import { MARGIN_CHECK_SEALED } from './margin-check.mapper';

/** A condition true while a row's benefit number, or its request's CPF or benefit number, is in clear. */
export const clearRequestOrBenefit = `benefit_number NOT LIKE 'pii:v1:%' OR request #>> '{payload,cpf}' NOT LIKE 'pii:v1:%' OR request #>> '{payload,benefitNumber}' NOT LIKE 'pii:v1:%'`;

/** Margin checks stored before personal data was sealed: the benefit number, and the pending request's CPF and benefit number. */
export function marginCheckBackfill(cipher: FieldCipher): BackfillJob {
  return {
    table: 'margin_check',
    key: 'id',
    columns: ['benefit_number', 'request'],
    clear: clearRequestOrBenefit,
    types: { request: 'jsonb' },
    seal: (row) => ({
      benefit_number: row.benefit_number === null ? null : sealIfClear(cipher, String(row.benefit_number), MARGIN_CHECK_SEALED.benefitNumber),
      request: row.request === null ? null : JSON.stringify(sealRequestIfClear(cipher, row.request as EventEnvelope, 'margin_check')),
    }),
  };
}
