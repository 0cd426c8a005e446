import { PortabilityIn } from '../domain/portability-in';
import type { PortabilityInState } from '../domain/portability-in-state';
import { PortabilityOut } from '../domain/portability-out';
import type { PortabilityOutState } from '../domain/portability-out-state';
import type { PortabilityInRow, PortabilityOutRow } from './portability.orm-entities';

type Owned<R> = Omit<R, 'leaseToken' | 'leaseExpiresAt'>;

/* The looked-up fields are columns; everything else round-trips through `detail` (JSON: strings and numbers). */

export function inToDomain(row: PortabilityInRow): PortabilityIn {
  const detail = row.detail as Omit<PortabilityInState, 'id' | 'proposalId' | 'status' | 'attempts' | 'nextAttemptAt'>;
  return new PortabilityIn({
    ...detail,
    id: row.id,
    proposalId: row.proposalId,
    ...(row.contractId ? { contractId: row.contractId } : {}),
    ...(row.portabilityNumber ? { portabilityNumber: row.portabilityNumber } : {}),
    ...(row.cpf ? { cpf: row.cpf } : {}),
    status: row.status as PortabilityInState['status'],
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
  });
}

export function inToRow(portability: PortabilityIn): Owned<PortabilityInRow> {
  const { id, proposalId, contractId, portabilityNumber, cpf, status, attempts, nextAttemptAt, ...detail } = portability.snapshot;
  return { id, proposalId, contractId: contractId ?? null, portabilityNumber: portabilityNumber ?? null, cpf: cpf ?? null, status, attempts, nextAttemptAt, detail: { ...detail }, updatedAt: new Date() };
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
