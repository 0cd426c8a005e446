import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealIfClear } from '@consignado/service-kit';
import { PORTABILITY_IN_SEALED } from './portability.mappers';

/** Portabilities in stored before personal data was sealed, still holding the CPF (not yet registered at the exchange). */
export function portabilityInBackfill(cipher: FieldCipher): BackfillJob {
  return {
    table: 'portability_in',
    key: 'id',
    columns: ['cpf'],
    clear: `cpf NOT LIKE 'pii:v1:%'`,
    seal: (row) => ({ cpf: sealIfClear(cipher, String(row.cpf), PORTABILITY_IN_SEALED.cpf) }),
  };
}
