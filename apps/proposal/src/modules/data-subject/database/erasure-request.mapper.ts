import { ErasureRequest, type ErasureRequestProps } from '../domain/erasure-request';
import { ErasureRequestRow } from './erasure-request.orm-entity';

export function toRow(request: ErasureRequest): ErasureRequestRow {
  const p = request.props;
  return Object.assign(new ErasureRequestRow(), {
    id: p.id, customerId: p.customerId, origin: p.origin, requestedBy: p.requestedBy, requestedAt: p.requestedAt, proposalIds: [...p.proposalIds],
    state: p.state, reason: p.reason ?? null, retainedUntil: p.retainedUntil ?? null, contractIds: p.contractIds ? [...p.contractIds] : null, decidedAt: p.decidedAt ?? null,
  });
}

export function toDomain(row: ErasureRequestRow): ErasureRequest {
  return ErasureRequest.restore({
    id: row.id, customerId: row.customerId, origin: row.origin as ErasureRequestProps['origin'], requestedBy: row.requestedBy, requestedAt: row.requestedAt,
    proposalIds: row.proposalIds, state: row.state as ErasureRequestProps['state'],
    ...(row.reason ? { reason: row.reason as ErasureRequestProps['reason'] } : {}),
    ...(row.retainedUntil ? { retainedUntil: row.retainedUntil } : {}),
    ...(row.contractIds ? { contractIds: row.contractIds } : {}),
    ...(row.decidedAt ? { decidedAt: row.decidedAt } : {}),
  });
}

/** For the Idempotency-Key store: the request as plain JSON, and back. */
export const erasureRequestCodec = {
  encode: (request: ErasureRequest): unknown => ({ ...toRow(request), requestedAt: request.props.requestedAt.toISOString(), decidedAt: request.props.decidedAt?.toISOString() ?? null }),
  decode: (stored: unknown): ErasureRequest => {
    const row = stored as ErasureRequestRow & { requestedAt: string; decidedAt: string | null };
    return toDomain({ ...row, requestedAt: new Date(row.requestedAt), decidedAt: row.decidedAt ? new Date(row.decidedAt) : null });
  },
};
