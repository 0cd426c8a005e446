import type { EntityManager } from 'typeorm';
import { mayActFor, type Principal } from '@consignado/auth';
import type { Billing } from '../../billing/domain/billing';
import { ContractNotFoundError, CustomerNotFoundError } from '../../billing/domain/billing.errors';
import type { BillingRepository } from '../../billing/database/billing.repository';

/**
 * The billing a command on a customer's contract acts on, row-locked (docs/life-cycle.md principle
 * 1). A customer (DIGITAL) reaches only their own contracts: anyone else's answers as an unknown
 * contract would, checked before any lookup, so neither customers nor contract ids can be probed.
 * @throws ContractNotFoundError, CustomerNotFoundError
 */
export async function lockedCustomerBilling(billings: BillingRepository, manager: EntityManager, by: Principal, ids: { customerId: string; contractId: string }): Promise<Billing> {
  if (!mayActFor(by, ids.customerId)) throw new ContractNotFoundError();
  if (!(await billings.customerHasBilling(manager, ids.customerId))) throw new CustomerNotFoundError();
  const billing = await billings.findForUpdate(manager, ids.contractId);
  // The contract's own customer (the billing projection), not only the body's, is checked against the caller.
  if (!billing || billing.snapshot.customerId !== ids.customerId || !mayActFor(by, billing.snapshot.customerId)) throw new ContractNotFoundError();
  return billing;
}
