import type { EventEnvelope } from '@consignado/contracts';
import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealIfClear } from '@consignado/service-kit';
import { sealRequestIfClear } from '../../../privacy/sealed-request';
import { clearRequestOrBenefit } from '../../margin-check/database';
import { ALTERATION_SEALED } from './alteration.mapper';
import { AVERBATION_SEALED } from './averbation.mapper';

/** Averbations stored before personal data was sealed: the benefit number, and the request's CPF and benefit number. */
export function averbationBackfill(cipher: FieldCipher): BackfillJob {
  return {
    table: 'averbation',
    key: 'id',
    columns: ['benefit_number', 'request'],
    clear: clearRequestOrBenefit,
    types: { request: 'jsonb' },
    seal: (row) => ({
      benefit_number: row.benefit_number === null ? null : sealIfClear(cipher, String(row.benefit_number), AVERBATION_SEALED.benefitNumber),
      request: JSON.stringify(sealRequestIfClear(cipher, row.request as EventEnvelope, 'averbation')),
    }),
  };
}

/** Alterations stored before: the benefit number (their ContractAmended names no one but by ids). */
export function alterationBackfill(cipher: FieldCipher): BackfillJob {
  return {
    table: 'averbation_alteration',
    key: 'id',
    columns: ['benefit_number'],
    clear: `benefit_number NOT LIKE 'pii:v1:%'`,
    seal: (row) => ({ benefit_number: sealIfClear(cipher, String(row.benefit_number), ALTERATION_SEALED.benefitNumber) }),
  };
}
