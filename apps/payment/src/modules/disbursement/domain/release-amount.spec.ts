import { releaseAmountOf } from './release-amount';

const refinancing = (troco: string) => ({ contractId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', payoffDate: '2026-04-10', payoff: '4000.00', troco });

describe('the money an activation releases (R-LN-10, seed 003 §3.1)', () => {
  it.each([
    ['NEW: the released amount', { operationType: 'NEW' as const, releasedAmount: '10000.00' }, '10000.00'],
    ['REFINANCING: the troco left after the payoff (released 5234.56 = 4000.00 + 1234.56)', { operationType: 'REFINANCING' as const, releasedAmount: '5234.56', refinancing: refinancing('1234.56') }, '1234.56'],
    ['REFINANCING without troco: nothing', { operationType: 'REFINANCING' as const, releasedAmount: '4000.00', refinancing: refinancing('0.00') }, undefined],
    ['REFINANCING without its terms: nothing', { operationType: 'REFINANCING' as const, releasedAmount: '4000.00' }, undefined],
    ['PORTABILITY: nothing (the money goes to the other bank)', { operationType: 'PORTABILITY' as const, releasedAmount: '8000.00' }, undefined],
    ['RENEGOTIATION: nothing (the debt moved to the new contract, no money is lent; loan books released = the debt)', { operationType: 'RENEGOTIATION' as const, releasedAmount: '1032.54' }, undefined],
  ])('%s', (_, activation, expected) => {
    expect(releaseAmountOf(activation)?.toString()).toBe(expected);
  });
});
