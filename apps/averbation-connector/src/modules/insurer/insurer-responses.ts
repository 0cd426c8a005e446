import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { INSURER_CLAIM_STATUSES, type InsurerClaim } from './insurer.types';

const Money = Type.String({ pattern: '^(0|[1-9][0-9]*)\\.[0-9]{2}$' });
const Instant = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$' });
const Maybe = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Optional(Type.Union([t, Type.Null()]));

/** The insurer's claim (every answer of its claims API), checked field by field. */
const Claim = Type.Object({
  insurerClaimNumber: Type.String({ minLength: 1, maxLength: 64 }),
  claimId: Type.String({ pattern: '^[0-9a-fA-F-]{36}$' }),
  status: Type.Union(INSURER_CLAIM_STATUSES.map((s) => Type.Literal(s))),
  paidAmount: Maybe(Money),
  paidAt: Maybe(Instant),
  reason: Maybe(Type.String({ pattern: '^[A-Z][A-Z0-9_]{1,63}$' })),
  message: Maybe(Type.String({ minLength: 1, maxLength: 500 })),
  deniedAt: Maybe(Instant),
});

/**
 * The claim `claimId` as the insurer answered it, with only what the connector uses; undefined
 * (a bad response, retried) when it does not parse, is another claim, or is decided without the
 * decision's fields (PAID: amount and time; DENIED: reason, message and time).
 */
export function parseClaim(body: unknown, claimId: string): InsurerClaim | undefined {
  if (!Value.Check(Claim, body) || body.claimId.toLowerCase() !== claimId.toLowerCase()) return undefined;
  const { insurerClaimNumber, status, paidAmount, paidAt, reason, message, deniedAt } = body;
  const claim = { insurerClaimNumber, claimId: claimId.toLowerCase(), status };
  if (status === 'PAID') return paidAmount && paidAt ? { ...claim, paidAmount, paidAt } : undefined;
  if (status === 'DENIED') return reason && message && deniedAt ? { ...claim, reason, message, deniedAt } : undefined;
  return claim;
}
