import { PROPOSAL_STATES, type ProposalState, transition } from './proposal-state';

/**
 * The specification, written independently of TRANSITIONS: every legal pair. Every other pair of
 * the 12 × 12 must be refused with PROPOSAL.ILLEGAL_TRANSITION (R-PR-2).
 */
const LEGAL: ReadonlyArray<[ProposalState, ProposalState]> = [
  ['DRAFT', 'PENDING_DOCUMENTS'],
  ['DRAFT', 'PENDING_PORTABILITY_BALANCE'],
  ['DRAFT', 'PENDING_MARGIN_CHECK'],
  ['DRAFT', 'PENDING_CREDIT_ANALYSIS'],
  ['DRAFT', 'CANCELLED'],
  ['PENDING_DOCUMENTS', 'PENDING_PORTABILITY_BALANCE'],
  ['PENDING_DOCUMENTS', 'PENDING_MARGIN_CHECK'],
  ['PENDING_DOCUMENTS', 'PENDING_CREDIT_ANALYSIS'],
  ['PENDING_DOCUMENTS', 'CANCELLED'],
  ['PENDING_PORTABILITY_BALANCE', 'PENDING_MARGIN_CHECK'],
  ['PENDING_PORTABILITY_BALANCE', 'PENDING_CREDIT_ANALYSIS'],
  ['PENDING_PORTABILITY_BALANCE', 'REJECTED'],
  ['PENDING_PORTABILITY_BALANCE', 'CANCELLED'],
  ['PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS'],
  ['PENDING_MARGIN_CHECK', 'REJECTED'],
  ['PENDING_MARGIN_CHECK', 'CANCELLED'],
  ['PENDING_CREDIT_ANALYSIS', 'APPROVED'],
  ['PENDING_CREDIT_ANALYSIS', 'REJECTED'],
  ['PENDING_CREDIT_ANALYSIS', 'CANCELLED'],
  ['APPROVED', 'PENDING_PORTABILITY_SETTLEMENT'],
  ['APPROVED', 'PENDING_AVERBATION'],
  ['APPROVED', 'CONTRACTED'],
  ['APPROVED', 'CANCELLED'],
  ['PENDING_PORTABILITY_SETTLEMENT', 'PENDING_AVERBATION'],
  ['PENDING_PORTABILITY_SETTLEMENT', 'CONTRACTED'],
  ['PENDING_PORTABILITY_SETTLEMENT', 'CANCELLED'],
  ['PENDING_AVERBATION', 'AVERBATION_FAILED'],
  ['PENDING_AVERBATION', 'CONTRACTED'],
  ['PENDING_AVERBATION', 'CANCELLED'],
  ['AVERBATION_FAILED', 'PENDING_AVERBATION'],
  ['AVERBATION_FAILED', 'CANCELLED'],
  ['CONTRACTED', 'CANCELLED'],
];

const isLegal = (from: ProposalState, to: ProposalState) => LEGAL.some(([f, t]) => f === from && t === to);
const ALL_PAIRS = PROPOSAL_STATES.flatMap((from) => PROPOSAL_STATES.map((to) => [from, to, isLegal(from, to)] as const));

describe('proposal state machine (R-PR-2)', () => {
  it('covers the ten states of seed 003 §3.1 and the two of a portability', () => {
    expect(ALL_PAIRS).toHaveLength(144);
    expect(LEGAL).toHaveLength(32);
  });

  it.each(ALL_PAIRS)('%s → %s legal: %s', (from, to, legal) => {
    if (legal) {
      expect(transition(from, to)).toBe(to);
    } else {
      expect(() => transition(from, to)).toThrow(expect.objectContaining({ code: 'PROPOSAL.ILLEGAL_TRANSITION', message: `Transição de estado não permitida: de ${from} para ${to}` }));
    }
  });

  it('has final states with no way out', () => {
    for (const to of PROPOSAL_STATES) {
      expect(() => transition('REJECTED', to)).toThrow();
      expect(() => transition('CANCELLED', to)).toThrow();
    }
  });
});
