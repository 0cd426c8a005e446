import { mayActFor, type Principal } from '@consignado/auth';
import type { Contract } from '../domain/contract';
import { ContractNotFoundError, CustomerNotFoundError } from '../domain/contract.errors';
import type { ContractRepository } from '../database/contract.repository';
import { idOf } from '../contract-id.pipe';

/** Whether `reader` may see the contract (default: a customer's token only its own). */
export type ContractReaders = (reader: Principal, contract: Contract['snapshot']) => boolean;

/**
 * A contract by id, as `reader` may see it (R-SEC-1): unknown, malformed or — for a customer's
 * token — another customer's → 404 CONTRACT.NOT_FOUND "Empréstimo não encontrado ou inválido"
 * (seed 002 §7.2), one answer for all three so ids cannot be probed.
 */
export async function contractById(contracts: ContractRepository, id: string, reader: Principal, mayRead: ContractReaders = (r, c) => mayActFor(r, c.customerId)): Promise<Contract> {
  const contractId = idOf(id);
  const contract = contractId ? await contracts.findById(contractId) : undefined;
  if (!contract || !mayRead(reader, contract.snapshot)) throw new ContractNotFoundError({ contractId: id });
  return contract;
}

/**
 * A customer's contract, checked in the seed's order (§7.2): a customer with no contract here, a
 * malformed id or — for a customer's token — someone else → 404 LOAN.CUSTOMER_NOT_FOUND "Cliente
 * não encontrado"; then a contract that is unknown, malformed or another customer's → 404
 * CONTRACT.NOT_FOUND.
 */
export async function customerContract(contracts: ContractRepository, customerId: string, id: string, reader: Principal): Promise<Contract> {
  const customer = idOf(customerId);
  if (!customer || !mayActFor(reader, customer) || !(await contracts.hasCustomer(customer))) throw new CustomerNotFoundError(customerId);
  const contract = await contractById(contracts, id, reader);
  if (contract.snapshot.customerId !== customer) throw new ContractNotFoundError({ contractId: id });
  return contract;
}

/**
 * Every contract of a customer, oldest first; none, a malformed id or — for a customer's token —
 * someone else → 404 LOAN.CUSTOMER_NOT_FOUND.
 */
export async function customerContracts(contracts: ContractRepository, customerId: string, reader: Principal): Promise<Contract[]> {
  const customer = idOf(customerId);
  const found = customer && mayActFor(reader, customer) ? await contracts.list({ customerId: customer }) : [];
  if (found.length === 0) throw new CustomerNotFoundError(customerId);
  return found;
}
