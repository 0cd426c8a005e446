import { AuthError, mayActFor, type Principal } from '@consignado/auth';
import type { ContractProps } from '../../domain/contract';

/**
 * Who reads a CCB (R-LN-9). Contract readers (`contracts:read`) as they read the contract; the
 * channels that collect the acceptance (`origination`): the customer their own, a corban partner
 * only the contracts it originated, staff any. Without either scope: 403; someone else's: false
 * (answered 404, as an unknown contract).
 */
export function mayReadCcb(reader: Principal, contract: Pick<ContractProps, 'customerId' | 'partnerId'>): boolean {
  const reads = reader.scopes.includes('contracts:read');
  if (!reads && !reader.scopes.includes('origination')) throw AuthError.insufficientScope(['contracts:read ou origination']);
  if (!mayActFor(reader, contract.customerId)) return false;
  return reads || reader.channel !== 'CORBAN' || reader.partnerId === contract.partnerId;
}
