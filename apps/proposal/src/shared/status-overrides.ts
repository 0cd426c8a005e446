/**
 * Domain codes whose HTTP status proposal pins instead of leaving it to the suffix convention
 * (libs/service-kit statusForCode): a stored value no key of the ring opens is the service's
 * fault, never the caller's (R-SEC-3); a proposal with no contract waiting for acceptance is a
 * conflict with its state (R-LN-9), like an illegal transition, and so is an offer already made
 * into a proposal (seed 004).
 */
export const PROPOSAL_STATUS_OVERRIDES: Record<string, number> = { 'PRIVACY.UNREADABLE_FIELD': 500, 'PROPOSAL.NOT_AWAITING_ACCEPTANCE': 409, 'PROPOSAL.OFFER_ALREADY_USED': 409 };
