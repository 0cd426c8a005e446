import type { Principal } from '@consignado/auth';
import type { Caller } from '../domain/may-see';

/** The token's caller as personalization reads it, and the scope its Idempotency-Keys live in. */
export function callerOf(p: Principal): { caller: Caller; scope: string } {
  if (p.channel === 'DIGITAL') return { caller: { channel: 'DIGITAL', customerId: p.customerId }, scope: `DIGITAL:${p.customerId}` };
  if (p.channel === 'CORBAN') return { caller: { channel: 'CORBAN', partnerId: p.partnerId }, scope: `CORBAN:${p.partnerId}` };
  return { caller: { channel: 'INTERNAL' }, scope: `INTERNAL:${p.operatorId}` };
}
