/**
 * Domain codes whose HTTP status is not the suffix convention's (libs/service-kit statusForCode):
 * a refinancing in progress is a conflict with the contract's state, not a refused amount.
 */
export const PAYMENT_STATUS_OVERRIDES: Record<string, number> = { 'PAYMENT.REFINANCING_IN_PROGRESS': 409 };
