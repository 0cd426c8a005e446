import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealIfClear } from '@consignado/service-kit';
import { CONTRACT_SEALED } from './contract.mapper';

const COLUMNS = { benefit_number: CONTRACT_SEALED.benefitNumber, pending_averbation_cpf: CONTRACT_SEALED.pendingAverbationCpf } as const;

/** Contracts stored before personal data was sealed (R-SEC-3): the benefit number and the CPF kept for Dataprev, in one UPDATE. */
export function contractBackfill(cipher: FieldCipher): BackfillJob {
  const columns = Object.keys(COLUMNS) as Array<keyof typeof COLUMNS>;
  return {
    table: 'contract',
    key: 'id',
    columns,
    clear: columns.map((c) => `${c} NOT LIKE 'pii:v1:%'`).join(' OR '),
    seal: (row) => Object.fromEntries(columns.map((c) => [c, row[c] === null ? null : sealIfClear(cipher, String(row[c]), COLUMNS[c])])),
  };
}
