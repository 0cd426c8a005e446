import type { ProposalState } from '../../proposal/domain/proposal-state';

/**
 * Proposal states after which anonymizing cannot break origination (R-SEC-3): refused, cancelled,
 * or contracted (from then on loan decides whether the contract obliges keeping the data).
 * AVERBATION_FAILED may still be retried, so it is in progress.
 */
export const ORIGINATION_SETTLED: readonly ProposalState[] = ['REJECTED', 'CANCELLED', 'CONTRACTED'];

export const isOriginationSettled = (state: string): boolean => (ORIGINATION_SETTLED as readonly string[]).includes(state);
