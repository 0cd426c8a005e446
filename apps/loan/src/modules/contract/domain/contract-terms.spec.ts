import { inssApproval } from '../../../../test/fixtures/approvals';
import { ContractTerms } from './contract-terms';

describe('contract terms value object', () => {
  it('keeps every approved term and gives back the same boundary strings', () => {
    const approval = inssApproval();
    const parsed = ContractTerms.parse(approval);
    if (!parsed.ok) throw parsed.error;
    const { releasedAmount, financedAmount, monthlyRate, termMonths, installmentAmount, iof, insurance, totalPayable, cetMonthlyPercent, cetAnnualPercent, contractDate, firstDueDate } = approval;
    expect(parsed.value.toInput()).toEqual({ releasedAmount, financedAmount, monthlyRate, termMonths, installmentAmount, iof, insurance, totalPayable, cetMonthlyPercent, cetAnnualPercent, contractDate, firstDueDate });
  });

  it.each([
    ['financedAmount', { financedAmount: '0.00' }],
    ['releasedAmount', { releasedAmount: '12.345' }],
    ['monthlyRate', { monthlyRate: '1.5' }],
    ['termMonths', { termMonths: 0 }],
    ['firstDueDate', { firstDueDate: '2026-03-10' }],
    ['contractDate', { contractDate: '2026-02-30' }],
    ['cetAnnualPercent', { cetAnnualPercent: '26.0' }],
  ])('refuses a bad %s with CONTRACT.INVALID_TERMS', (field, overrides) => {
    const parsed = ContractTerms.parse(inssApproval(overrides));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('CONTRACT.INVALID_TERMS');
    expect(parsed.error.details).toEqual({ field });
  });
});
