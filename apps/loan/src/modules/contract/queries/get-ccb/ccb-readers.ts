import { AuthError, mayActFor, type Principal } from '@consignado/auth';
import type { ContractReaders } from '../find-contracts';

/**
 * Who reads a CCB (R-LN-9). Contract readers (`contracts:read`) as they read the contract; the
 * channels that collect the acceptance (`origination`): the customer their own, a corban partner
 * only the contracts it originated, staff any. Without either scope: 403 before any lookup; someone
 * else's contract: not readable (answered 404, as an unknown contract).
 */
export function ccbReaders(reader: Principal): ContractReaders {
  const reads = reader.scopes.includes('contracts:read');
  if (!reads && !reader.scopes.includes('origination')) throw AuthError.insufficientScope(['contracts:read ou origination']);
  return (r, contract) => mayActFor(r, contract.customerId) && (reads || r.channel !== 'CORBAN' || r.partnerId === contract.partnerId);
}
