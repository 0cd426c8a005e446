import { IsoDate, Money } from '@consignado/finance';
import { lateChargesOn } from './late-charges-policy';

describe('late charges an installment owes (R-LN-3, seed 002 §8.4, D-3, D-4)', () => {
  it.each([
    // Seed 002 §8.4: 305.96 due 01/09/2025 paid 11/09/2025. Fine R(6.1192) = 6.12; mora 305.96 × 0.00033 × 10
    // = 1.009668 → 1.01 half-up (D-3; the seed truncated to 1.00); total 305.96 + 6.12 + 1.01 = 313.09.
    ['305.96', '2025-09-01', '2025-09-11', 10, '6.12', '1.01', '313.09'],
    ['305.96', '2025-09-01', '2025-09-01', 0, '0.00', '0.00', '305.96'], // on the due date
    ['305.96', '2025-09-01', '2025-08-20', 0, '0.00', '0.00', '305.96'], // early
    // 231.24 one day late: fine R(4.6248) 4.62, mora R(0.07630) 0.08.
    ['231.24', '2026-04-10', '2026-04-11', 1, '4.62', '0.08', '235.94'],
  ])('%s due %s paid %s: %i days, fine %s, mora %s, total %s', (amount, due, paid, days, fine, mora, total) => {
    const charges = lateChargesOn({ amount: Money.of(amount), dueDate: IsoDate.of(due) }, IsoDate.of(paid));
    expect([charges.daysLate, charges.fine.toString(), charges.mora.toString(), charges.total.toString(), charges.parameterVersion]).toEqual([days, fine, mora, total, 'LATE-2-0.033']);
  });
});
