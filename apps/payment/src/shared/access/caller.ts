import type { Principal } from '@consignado/auth';

/**
 * Who is calling, as `<channel>:<id>` (the customer, partner or operator): Idempotency-Keys are
 * scoped by it, so one caller's key never replays another caller's result.
 */
export function callerOf(principal: Principal): string {
  if (principal.channel === 'DIGITAL') return `DIGITAL:${principal.customerId}`;
  if (principal.channel === 'CORBAN') return `CORBAN:${principal.partnerId}`;
  return `INTERNAL:${principal.operatorId}`;
}
