/**
 * Who is calling, as established by the API key (R-PR-1): the app (DIGITAL), an identified corban
 * partner (CORBAN) or an identified operator (INTERNAL).
 */
export type Principal =
  | { readonly channel: 'DIGITAL' }
  | { readonly channel: 'CORBAN'; readonly partnerId: string }
  | { readonly channel: 'INTERNAL'; readonly operatorId: string };

/** The digital app authenticates the customer itself; events name the flow's user generically. */
export const DIGITAL_USER_ID = 'digital-customer';

/** `metadata.userId` of the events a principal starts. */
export function userIdOf(principal: Principal): string {
  if (principal.channel === 'CORBAN') return principal.partnerId;
  if (principal.channel === 'INTERNAL') return principal.operatorId;
  return DIGITAL_USER_ID;
}

/** Idempotency keys and listings are scoped per channel and partner/operator. */
export function scopeOf(principal: Principal): string {
  if (principal.channel === 'CORBAN') return `CORBAN:${principal.partnerId}`;
  if (principal.channel === 'INTERNAL') return `INTERNAL:${principal.operatorId}`;
  return 'DIGITAL';
}
