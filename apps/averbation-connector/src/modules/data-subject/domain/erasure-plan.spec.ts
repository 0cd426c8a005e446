import { ledgerRows, planTable } from './erasure-plan';

describe('erasure plan (R-SEC-3)', () => {
  const rows = [
    { id: 'a', status: 'REGISTERED' },
    { id: 'b', status: 'PENDING_CANCELLATION' },
    { id: 'c', status: 'CANCELLED' },
  ];

  it('erases the rows that are over and leaves those waiting for a call', () => {
    expect(planTable('averbation', rows, ['PENDING_REGISTRATION', 'PENDING_CANCELLATION'])).toEqual({ table: 'averbation', erase: ['a', 'c'], inProgress: ['b'] });
  });

  it.each([
    ['nothing in progress', [planTable('margin_check', [{ id: 'x', status: 'CHECKED' }], ['PENDING'])], { margin_check: 1 }],
    ['a row left in progress', [planTable('averbation', rows, ['PENDING_CANCELLATION']), planTable('portability_in', [], ['OPENING'])], { averbation: 2, 'averbation.in_progress': 1, portability_in: 0 }],
  ])('counts per table for the ledger: %s', (_case, plans, expected) => {
    expect(ledgerRows(plans)).toEqual(expected);
  });
});
