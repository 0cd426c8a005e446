import { canMove, isOpen, OPEN_STATUSES, PORTABILITY_STATUSES, type PortabilityStatus } from './portability-status';

const LEGAL: Array<[PortabilityStatus, PortabilityStatus]> = [
  ['RECEIVED', 'PENDING'],
  ['RECEIVED', 'REJECTED'],
  ['RECEIVED', 'CANCELLED'],
  ['PENDING', 'ACCEPTED_SETTLEMENT_IN_PROGRESS'],
  ['PENDING', 'REJECTED'],
  ['PENDING', 'CANCELLED'],
  ['ACCEPTED_SETTLEMENT_IN_PROGRESS', 'ACCEPTED_SETTLEMENT_COMPLETED'],
  ['ACCEPTED_SETTLEMENT_IN_PROGRESS', 'REJECTED'],
  ['ACCEPTED_SETTLEMENT_IN_PROGRESS', 'CANCELLED'],
  ['ACCEPTED_SETTLEMENT_COMPLETED', 'PORTABILITY_COMPLETED'],
  ['ACCEPTED_SETTLEMENT_COMPLETED', 'PAYMENT_ISSUE'],
];

describe('the portability transition table', () => {
  it('allows exactly the legal moves, every other pair is refused', () => {
    const allowed = PORTABILITY_STATUSES.flatMap((from) => PORTABILITY_STATUSES.filter((to) => canMove(from, to)).map((to) => [from, to]));
    expect(allowed).toEqual(LEGAL);
  });

  it('never cancels after the settlement', () => {
    expect(canMove('ACCEPTED_SETTLEMENT_COMPLETED', 'CANCELLED')).toBe(false);
    expect(canMove('PORTABILITY_COMPLETED', 'CANCELLED')).toBe(false);
  });

  it('keeps a contract busy while the portability is open, and frees it at any end', () => {
    expect(OPEN_STATUSES).toEqual(['RECEIVED', 'PENDING', 'ACCEPTED_SETTLEMENT_IN_PROGRESS', 'ACCEPTED_SETTLEMENT_COMPLETED']);
    for (const end of ['PORTABILITY_COMPLETED', 'REJECTED', 'CANCELLED', 'PAYMENT_ISSUE'] as const) expect(isOpen(end)).toBe(false);
  });
});
