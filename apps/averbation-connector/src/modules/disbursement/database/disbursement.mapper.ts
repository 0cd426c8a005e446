import type { PayoutAccount } from '@consignado/contracts';
import type { FieldCipher } from '@consignado/core';
import { openJson, sealJson } from '@consignado/service-kit';
import { Disbursement } from '../domain/disbursement';
import type { DisbursementState } from '../domain/disbursement-state';
import type { DisbursementRow } from './disbursement.orm-entity';

type Detail = Omit<DisbursementState, 'id' | 'contractId' | 'customerId' | 'status' | 'attempts' | 'nextAttemptAt' | 'account' | 'holderCpf'>;

/** Personal columns (LGPD, R-SEC-3) and their sealing field. */
export const DISBURSEMENT_SEALED = { account: 'disbursement.account', holderCpf: 'disbursement.holder_cpf' } as const;

/* The looked-up fields are columns, the personal ones sealed; everything else round-trips through `detail`. */

export function toDomain(cipher: FieldCipher, row: DisbursementRow): Disbursement {
  return new Disbursement({
    ...(row.detail as unknown as Detail),
    id: row.id,
    contractId: row.contractId,
    customerId: row.customerId,
    ...(row.account === null ? {} : { account: openJson<PayoutAccount>(cipher, row.account, DISBURSEMENT_SEALED.account) }),
    ...(row.holderCpf === null ? {} : { holderCpf: cipher.open(row.holderCpf, DISBURSEMENT_SEALED.holderCpf) }),
    status: row.status as DisbursementState['status'],
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
  });
}

export function toRow(cipher: FieldCipher, disbursement: Disbursement): Omit<DisbursementRow, 'leaseToken' | 'leaseExpiresAt'> {
  const { id, contractId, customerId, status, attempts, nextAttemptAt, account, holderCpf, ...detail } = disbursement.snapshot;
  return {
    id, contractId, customerId, status, attempts, nextAttemptAt,
    account: account === undefined ? null : sealJson(cipher, account, DISBURSEMENT_SEALED.account),
    holderCpf: holderCpf === undefined ? null : cipher.seal(holderCpf, DISBURSEMENT_SEALED.holderCpf),
    detail: { ...detail },
    updatedAt: new Date(),
  };
}
