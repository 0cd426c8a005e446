import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealIfClear } from '@consignado/service-kit';
import { POSITION_SEALED } from './contract-position.mapper';

/** Positions stored before personal data was sealed (R-SEC-3): the payload's benefit number sealed in place. */
export function contractPositionBackfill(cipher: FieldCipher): BackfillJob {
  return {
    table: 'contract_position',
    key: 'contract_id',
    columns: ['payload'],
    clear: `payload ? 'benefitNumber' AND payload->>'benefitNumber' NOT LIKE 'pii:v1:%'`,
    types: { payload: 'jsonb' },
    seal: (row) => {
      const payload = row.payload as Record<string, unknown>;
      return { payload: JSON.stringify({ ...payload, benefitNumber: sealIfClear(cipher, String(payload.benefitNumber), POSITION_SEALED.benefitNumber) }) };
    },
  };
}
