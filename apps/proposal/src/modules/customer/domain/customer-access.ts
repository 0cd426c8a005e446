import type { Principal } from '../../access/domain/principal';

/**
 * Who may read a customer: the digital app and internal operators, and a corban that registered
 * the customer or has a proposal for them (`partners` holds those partner ids).
 */
export function customerVisibleTo(principal: Principal, partners: readonly string[]): boolean {
  return principal.channel !== 'CORBAN' || partners.includes(principal.partnerId);
}
