import { boundCustomerOf, mayActFor, type Principal } from '@consignado/auth';
import type { Contract } from '../../domain/contract';
import type { ContractRepository } from '../../database/contract.repository';

/** The filters of `GET /v1/contracts` (validated uuids; at least one). */
export interface ContractFilter {
  readonly proposalId?: string;
  readonly customerId?: string;
}

/**
 * The contracts matching `filter` that `reader` may see, oldest first (R-SEC-1). A customer's token
 * sees only that customer's contracts: its filters are narrowed to them, and a `customerId` naming
 * someone else matches nothing — the same empty list as a customer without contracts.
 */
export async function visibleContracts(contracts: ContractRepository, filter: ContractFilter, reader: Principal): Promise<Contract[]> {
  const customerId = filter.customerId?.toLowerCase();
  if (customerId !== undefined && !mayActFor(reader, customerId)) return [];
  const bound = boundCustomerOf(reader) ?? customerId;
  return contracts.list({ ...(filter.proposalId ? { proposalId: filter.proposalId } : {}), ...(bound ? { customerId: bound } : {}) });
}
