import { mayActFor, type Principal } from '@consignado/auth';
import type { ContractPositions } from '../../database/contract-position.repository';
import { ContractPositionNotFoundError } from '../../domain/position-not-found.error';
import type { ProjectedContract } from '../../domain/projected-contract';

/**
 * A projected contract for a caller (R-SEC-1): a customer (DIGITAL) reads only their own; another
 * customer's contract answers the same 404 PROJECTION.CONTRACT_NOT_FOUND as a missing one, so
 * contract ids cannot be probed. Callers bound to no customer (back office) read any.
 */
export async function contractPositionFor(positions: Pick<ContractPositions, 'findById'>, contractId: string, caller: Principal): Promise<ProjectedContract> {
  const contract = await positions.findById(contractId);
  if (!contract || !mayActFor(caller, contract.customerId)) throw new ContractPositionNotFoundError(contractId);
  return contract;
}
