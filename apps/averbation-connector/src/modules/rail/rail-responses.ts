import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { RAIL_TRANSFER_STATUSES, type RailTransfer } from './rail.types';

const Instant = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$' });
const Maybe = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Optional(Type.Union([t, Type.Null()]));

/** The rail's transfer (every answer of its transfers API), checked field by field. */
const Transfer = Type.Object({
  transferId: Type.String({ pattern: '^[0-9a-fA-F-]{36}$' }),
  status: Type.Union(RAIL_TRANSFER_STATUSES.map((s) => Type.Literal(s))),
  endToEndId: Maybe(Type.String({ pattern: '^[A-Za-z0-9]{1,64}$' })),
  settledAt: Maybe(Instant),
  reason: Maybe(Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,58}$' })),
  message: Maybe(Type.String({ minLength: 1, maxLength: 500 })),
  rejectedAt: Maybe(Instant),
});

/**
 * The transfer `transferId` as the rail answered it, with only what the connector uses; undefined
 * (a bad response, retried) when it does not parse, is another transfer, or is final without the
 * outcome's fields (SETTLED: end-to-end id and time; REJECTED: reason, message and time).
 */
export function parseTransfer(body: unknown, transferId: string): RailTransfer | undefined {
  if (!Value.Check(Transfer, body) || body.transferId.toLowerCase() !== transferId.toLowerCase()) return undefined;
  const { status, endToEndId, settledAt, reason, message, rejectedAt } = body;
  const transfer = { transferId: transferId.toLowerCase(), status };
  if (status === 'SETTLED') return endToEndId && settledAt ? { ...transfer, endToEndId, settledAt } : undefined;
  if (status === 'REJECTED') return reason && message && rejectedAt ? { ...transfer, reason, message, rejectedAt } : undefined;
  return transfer;
}
