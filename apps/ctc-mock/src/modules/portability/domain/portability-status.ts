/** Statuses of Open Finance Brasil's payroll portability (payroll-credit-portability 1.0.0-beta.1). */
export const PORTABILITY_STATUSES = [
  'RECEIVED',
  'PENDING',
  'ACCEPTED_SETTLEMENT_IN_PROGRESS',
  'ACCEPTED_SETTLEMENT_COMPLETED',
  'PORTABILITY_COMPLETED',
  'REJECTED',
  'CANCELLED',
  'PAYMENT_ISSUE',
] as const;
export type PortabilityStatus = (typeof PORTABILITY_STATUSES)[number];

/**
 * The legal moves; anything else is refused. RECEIVED: the exchange registered the request;
 * PENDING: the origin's window to answer; ACCEPTED_SETTLEMENT_IN_PROGRESS: answered, the destination
 * must transfer; ACCEPTED_SETTLEMENT_COMPLETED: transferred (STR0047), the origin must confirm;
 * PAYMENT_ISSUE: the origin returned the funds (STR0048). Cancellation only until settlement.
 */
export const TRANSITIONS: Readonly<Record<PortabilityStatus, readonly PortabilityStatus[]>> = {
  RECEIVED: ['PENDING', 'REJECTED', 'CANCELLED'],
  PENDING: ['ACCEPTED_SETTLEMENT_IN_PROGRESS', 'REJECTED', 'CANCELLED'],
  ACCEPTED_SETTLEMENT_IN_PROGRESS: ['ACCEPTED_SETTLEMENT_COMPLETED', 'REJECTED', 'CANCELLED'],
  ACCEPTED_SETTLEMENT_COMPLETED: ['PORTABILITY_COMPLETED', 'PAYMENT_ISSUE'],
  PORTABILITY_COMPLETED: [],
  REJECTED: [],
  CANCELLED: [],
  PAYMENT_ISSUE: [],
};

export const canMove = (from: PortabilityStatus, to: PortabilityStatus): boolean => TRANSITIONS[from].includes(to);

/** Statuses that hold the origin contract: at most one portability per contract is in one of them. */
export const OPEN_STATUSES: readonly PortabilityStatus[] = PORTABILITY_STATUSES.filter((s) => TRANSITIONS[s].length > 0);

export const isOpen = (status: PortabilityStatus): boolean => OPEN_STATUSES.includes(status);
