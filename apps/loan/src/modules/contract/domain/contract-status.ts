import { ContractIllegalTransitionError } from './contract.errors';

/**
 * Life cycle of a contract (seed 003 §7.3, R-LN-1). A contract is booked AWAITING_ACCEPTANCE: its
 * CCB is issued and waits for the customer's acceptance (R-LN-9). Accepted, it moves to
 * PENDING_PORTABILITY (a portability in waits for the origin's settlement, R-LN-7),
 * PENDING_AVERBATION (INSS consignado waits for Dataprev) or straight ACTIVE (products without
 * averbação here). A refinancing whose old contract is no longer the customer's active one is
 * booked straight CANCELLED (R-LN-6): no CCB is issued for it.
 */
export const CONTRACT_STATUSES = ['AWAITING_ACCEPTANCE', 'PENDING_PORTABILITY', 'PENDING_AVERBATION', 'ACTIVE', 'AVERBATION_FAILED', 'CANCELLED', 'SETTLED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/**
 * Every allowed transition, and only these. CANCELLED and SETTLED are final; AVERBATION_FAILED
 * (Dataprev refused for good) can only be closed by a cancellation. AWAITING_ACCEPTANCE moves on
 * when the customer accepts the CCB, or is cancelled (customer, operator, acceptance expired).
 * PENDING_PORTABILITY moves on
 * when the transfer completes (to averbação for INSS, in force for the others) or is cancelled
 * (transfer failed, customer request).
 */
export const CONTRACT_TRANSITIONS: Readonly<Record<ContractStatus, readonly ContractStatus[]>> = {
  AWAITING_ACCEPTANCE: ['PENDING_PORTABILITY', 'PENDING_AVERBATION', 'ACTIVE', 'CANCELLED'],
  PENDING_PORTABILITY: ['PENDING_AVERBATION', 'ACTIVE', 'CANCELLED'],
  PENDING_AVERBATION: ['ACTIVE', 'AVERBATION_FAILED', 'CANCELLED'],
  ACTIVE: ['CANCELLED', 'SETTLED'],
  AVERBATION_FAILED: ['CANCELLED'],
  CANCELLED: [],
  SETTLED: [],
};

/** Final statuses: the contract is closed (settled — paid off, early, refinanced or ported out — or cancelled). */
export const CLOSED_STATUSES: readonly ContractStatus[] = ['CANCELLED', 'SETTLED'];

export const isClosed = (status: ContractStatus): boolean => CLOSED_STATUSES.includes(status);

export function canTransition(from: ContractStatus, to: ContractStatus): boolean {
  return CONTRACT_TRANSITIONS[from].includes(to);
}

/** @throws ContractIllegalTransitionError (CONTRACT.ILLEGAL_TRANSITION) when not in the table. */
export function assertTransition(from: ContractStatus, to: ContractStatus): void {
  if (!canTransition(from, to)) throw new ContractIllegalTransitionError(from, to);
}
