import type { Principal } from '../../access/domain/principal';

/**
 * Who may read a customer: the customer themself (DIGITAL), internal operators, and a corban that
 * registered the customer or has a proposal for them (`partners` holds those partner ids).
 */
export function customerVisibleTo(principal: Principal, customerId: string, partners: readonly string[]): boolean {
  if (principal.channel === 'DIGITAL') return principal.customerId === customerId;
  return principal.channel !== 'CORBAN' || partners.includes(principal.partnerId);
}
