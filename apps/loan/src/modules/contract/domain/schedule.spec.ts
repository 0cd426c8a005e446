import { IsoDate, Money } from '@consignado/finance';
import { inssApproval, personalApproval } from '../../../../test/fixtures/approvals';
import { ContractTerms } from './contract-terms';
import { bookedSchedule, installmentFromRow } from './schedule';

const terms = (overrides = {}) => {
  const parsed = ContractTerms.parse(inssApproval(overrides));
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
};

describe('booked schedule from libs/finance priceSchedule (seed 003 §4.1, FINANCE.md)', () => {
  it('maps a finance row to a pending installment, field by field', () => {
    const row = { number: 3, dueDate: IsoDate.of('2026-06-10'), installment: Money.of('231.24'), interest: Money.of('190.09'), amortization: Money.of('41.15'), balance: Money.of('10234.00') };
    expect(installmentFromRow(row).snapshot).toEqual({ ...row, amount: row.installment, installment: undefined, status: 'PENDING' });
  });

  it('refuses an undated row (a booked contract always has dates)', () => {
    expect(() => installmentFromRow({ number: 1, installment: Money.of('1.00'), interest: Money.ZERO, amortization: Money.of('1.00'), balance: Money.ZERO })).toThrow('no due date');
  });

  it('books 96 rows for 10,342.09 at 1.85% a.m. from 2026-04-10, the last one closing the balance', () => {
    const result = bookedSchedule(terms());
    if (!result.ok) throw result.error;
    const rows = result.value.map((i) => i.snapshot);
    expect(rows).toHaveLength(96);
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 96 }, (_, k) => k + 1));
    const text = (k: number) => [rows[k].dueDate, rows[k].amount, rows[k].interest, rows[k].amortization, rows[k].balance].map(String);
    expect(text(0)).toEqual(['2026-04-10', '231.24', '197.77', '33.47', '10308.62']);
    expect(text(95)).toEqual(['2034-03-10', '230.74', '4.19', '226.55', '0.00']);
    expect(Money.sum(rows.map((r) => r.amortization)).toString()).toBe('10342.09');
    expect(Money.sum(rows.map((r) => r.amount)).toString()).toBe('22198.54');
    expect(rows.every((r) => r.status === 'PENDING')).toBe(true);
  });

  it.each([
    ['one cent above', '231.25'],
    ['one cent below', '231.23'],
    ['the seed 003 example installment', '318.71'],
  ])('refuses an approved installment %s the computed one (CONTRACT.INSTALLMENT_MISMATCH)', (_label, approved) => {
    const result = bookedSchedule(terms({ installmentAmount: approved }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('CONTRACT.INSTALLMENT_MISMATCH');
    expect(result.error.details).toEqual({ approved, computed: '231.24' });
  });

  it('agrees with a personal loan at a six-decimal rate', () => {
    const parsed = ContractTerms.parse(personalApproval());
    if (!parsed.ok) throw parsed.error;
    const result = bookedSchedule(parsed.value);
    if (!result.ok) throw result.error;
    expect(result.value.map((i) => i.snapshot.amount.toString()).slice(0, 2)).toEqual(['725.34', '725.34']);
    expect(result.value).toHaveLength(12);
  });
});
