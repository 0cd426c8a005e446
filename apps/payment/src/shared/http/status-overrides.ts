/**
 * Domain codes whose HTTP status payment pins instead of leaving it to the suffix convention
 * (libs/service-kit statusForCode): a refinancing in progress is a conflict with the contract's
 * state, not a refused amount; a blocked contract is a refusal of understood input (422), which
 * asking again cannot change until staff unblock it — pinned so no suffix rule moves it.
 */
export const PAYMENT_STATUS_OVERRIDES: Record<string, number> = { 'PAYMENT.REFINANCING_IN_PROGRESS': 409, 'PAYMENT.CONTRACT_BLOCKED': 422 };
