import { IsoDate } from '../dates/iso-date';
import { Money } from '../money/money';
import { DEFAULT_PARAMETERS } from '../parameters/catalog';
import { lateCharges } from './late-charges';

const parameters = DEFAULT_PARAMETERS.lateCharges.latest().value;

describe('lateCharges: fine 2% once, mora 0.033% a day, half-up (D-3, D-4)', () => {
  it.each([
    ['512.34', '2026-01-31', '2026-03-02', 30, '10.25', '5.07', '527.66'],
    ['100.00', '2026-05-10', '2026-05-11', 1, '2.00', '0.03', '102.03'],
    ['100.00', '2026-05-10', '2026-05-10', 0, '0.00', '0.00', '100.00'],
    ['100.00', '2026-05-10', '2026-05-01', 0, '0.00', '0.00', '100.00'], // paid early
    ['1000', '2025-12-31', '2026-12-31', 365, '20.00', '120.45', '1140.45'],
    ['305.96', '2028-02-28', '2028-03-01', 2, '6.12', '0.20', '312.28'], // across Feb 29
  ])('%s due %s paid %s', (installment, due, paid, days, fine, mora, total) => {
    const result = lateCharges({ installment: Money.of(installment), dueDate: IsoDate.of(due), paymentDate: IsoDate.of(paid) }, parameters);
    expect([result.daysLate, result.fine.toString(), result.mora.toString(), result.total.toString()]).toEqual([days, fine, mora, total]);
  });
});
