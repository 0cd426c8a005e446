import type { FieldCipher } from '@consignado/core';
import { openOrUndefined, sealOrNull } from '@consignado/service-kit';
import { PortabilityIn } from '../domain/portability-in';
import type { PortabilityInState } from '../domain/portability-in-state';
import { PortabilityOut } from '../domain/portability-out';
import type { PortabilityOutState } from '../domain/portability-out-state';
import type { PortabilityInRow, PortabilityOutRow } from './portability.orm-entities';

type Owned<R> = Omit<R, 'leaseToken' | 'leaseExpiresAt'>;

/** Personal columns (LGPD, R-SEC-3) and their sealing field. */
export const PORTABILITY_IN_SEALED = { cpf: 'portability_in.cpf' } as const;

/* The looked-up fields are columns; everything else round-trips through `detail` (JSON: strings and numbers). */

export function inToDomain(cipher: FieldCipher, row: PortabilityInRow): PortabilityIn {
  const detail = row.detail as Omit<PortabilityInState, 'id' | 'proposalId' | 'status' | 'attempts' | 'nextAttemptAt'>;
  const cpf = openOrUndefined(cipher, row.cpf, PORTABILITY_IN_SEALED.cpf);
  return new PortabilityIn({
    ...detail,
    id: row.id,
    proposalId: row.proposalId,
    ...(row.customerId ? { customerId: row.customerId } : {}),
    ...(row.contractId ? { contractId: row.contractId } : {}),
    ...(row.portabilityNumber ? { portabilityNumber: row.portabilityNumber } : {}),
    ...(cpf ? { cpf } : {}),
    status: row.status as PortabilityInState['status'],
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
  });
}

export function inToRow(cipher: FieldCipher, portability: PortabilityIn): Owned<PortabilityInRow> {
  const { id, proposalId, customerId, contractId, portabilityNumber, cpf, status, attempts, nextAttemptAt, ...detail } = portability.snapshot;
  return {
    id, proposalId, customerId: customerId ?? null, contractId: contractId ?? null, portabilityNumber: portabilityNumber ?? null,
    cpf: sealOrNull(cipher, cpf, PORTABILITY_IN_SEALED.cpf), status, attempts, nextAttemptAt, detail: { ...detail }, updatedAt: new Date(),
  };
}

export function outToDomain(row: PortabilityOutRow): PortabilityOut {
  const detail = row.detail as Omit<PortabilityOutState, 'id' | 'portabilityNumber' | 'status' | 'attempts' | 'nextAttemptAt'>;
  return new PortabilityOut({
    ...detail,
    id: row.id,
    portabilityNumber: row.portabilityNumber,
    ...(row.contractId ? { contractId: row.contractId } : {}),
    status: row.status as PortabilityOutState['status'],
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
  });
}

export function outToRow(portability: PortabilityOut): Owned<PortabilityOutRow> {
  const { id, portabilityNumber, contractId, status, attempts, nextAttemptAt, ...detail } = portability.snapshot;
  return { id, portabilityNumber, contractId: contractId ?? null, status, attempts, nextAttemptAt, detail: { ...detail }, updatedAt: new Date() };
}
