import { LoanTerm } from './loan-term';

describe('LoanTerm', () => {
  it.each([1, 48, 96, 480])('accepts %i months', (months) => {
    expect(LoanTerm.of(months).months).toBe(months);
  });

  it.each([0, -1, 481, 12.5, '12', null, Number.NaN])('rejects %p with INVALID_TERM', (value) => {
    const parsed = LoanTerm.parse(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe('INVALID_TERM');
  });
});
