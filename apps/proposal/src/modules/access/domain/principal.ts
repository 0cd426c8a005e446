/**
 * Who is calling, as the access token establishes it (R-PR-1, R-SEC-1): a customer through the app
 * (DIGITAL, bound to their own customer record), an identified corban partner (CORBAN) or an
 * identified operator (INTERNAL).
 */
export type Principal =
  | { readonly channel: 'DIGITAL'; readonly customerId: string; /** The CPF the provider verified at login. */ readonly cpf?: string }
  | { readonly channel: 'CORBAN'; readonly partnerId: string }
  | { readonly channel: 'INTERNAL'; readonly operatorId: string };

/** `metadata.userId` of the events a principal starts. */
export function userIdOf(principal: Principal): string {
  if (principal.channel === 'CORBAN') return principal.partnerId;
  if (principal.channel === 'INTERNAL') return principal.operatorId;
  return principal.customerId;
}

/** Idempotency keys and listings are scoped per customer, partner or operator. */
export function scopeOf(principal: Principal): string {
  return `${principal.channel}:${userIdOf(principal)}`;
}
