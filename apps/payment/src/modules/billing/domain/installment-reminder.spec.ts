import { IsoDate, Money } from '@consignado/finance';
import { type ReminderCandidate, reminderFor, reminderKind } from './installment-reminder';

const D = IsoDate.of('2025-04-20');

describe('InstallmentDue selection for business date 2025-04-20, 5 days ahead (R-PA-1)', () => {
  it.each([
    ['2025-04-19', 'OVERDUE'],
    ['2025-03-10', 'OVERDUE'],
    ['2025-04-20', 'UPCOMING'],
    ['2025-04-25', 'UPCOMING'],
    ['2025-04-26', undefined],
  ])('due %s → %s', (due, kind) => {
    expect(reminderKind(IsoDate.of(due), D, 5)).toBe(kind);
  });

  it('with 0 days ahead only what is due today is upcoming', () => {
    expect([reminderKind(D, D, 0), reminderKind(D.plusDays(1), D, 0)]).toEqual(['UPCOMING', undefined]);
  });

  const candidate = (dueDate: string, blocked = false): ReminderCandidate => ({
    contractId: '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
    customerId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    installmentNumber: 2,
    dueDate: IsoDate.of(dueDate),
    amount: Money.of('311.36'),
    blocked,
  });

  it('an upcoming reminder owes the installment only', () => {
    expect(reminderFor(candidate('2025-04-22'), D, 5)).toEqual({
      contractId: '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      customerId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      installmentNumber: 2,
      dueDate: '2025-04-22',
      amount: '311.36',
      kind: 'UPCOMING',
      totalDue: '311.36',
      referenceDate: '2025-04-20',
    });
  });

  it('an overdue reminder carries the charges on the business date: 10 days late, fine 311.36 × 2% = 6.2272 → 6.23, mora 311.36 × 0.0033 = 1.027488 → 1.03', () => {
    expect(reminderFor(candidate('2025-04-10'), D, 5)).toMatchObject({ kind: 'OVERDUE', daysLate: 10, fine: '6.23', mora: '1.03', totalDue: '318.62', referenceDate: '2025-04-20' });
  });

  it('nothing for an installment due beyond the window', () => {
    expect(reminderFor(candidate('2025-05-10'), D, 5)).toBeUndefined();
  });

  it.each([
    ['UPCOMING', '2025-04-22'],
    ['OVERDUE', '2025-04-10'],
  ])('nothing while the contract is blocked (R-LN-8): the %s reminder due %s is not sent; unblocked, it is', (kind, due) => {
    expect(reminderFor(candidate(due, true), D, 5)).toBeUndefined();
    expect(reminderFor(candidate(due, false), D, 5)?.kind).toBe(kind);
  });
});
