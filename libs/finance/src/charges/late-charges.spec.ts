import { IsoDate } from '../dates/iso-date';
import { Money } from '../money/money';
import { DEFAULT_PARAMETERS } from '../parameters/catalog';
import { lateCharges, lateChargesInForce } from './late-charges';
import { EffectiveDated } from '../parameters/effective-dated';
import { dec } from '../decimal/dec';

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

describe('lateChargesInForce: the parameter version in force on the payment date', () => {
  const versions = new EffectiveDated('encargos de atraso (teste)', [
    { id: 'OLD-1-0.02', effectiveFrom: IsoDate.of('2020-01-01'), source: 'test', value: { fineRate: dec('0.01'), moraDailyRate: dec('0.0002') } },
    { id: 'NEW-2-0.033', effectiveFrom: IsoDate.of('2026-01-01'), source: 'test', value: { fineRate: dec('0.02'), moraDailyRate: dec('0.00033') } },
  ]);
  const input = (paid: string) => ({ installment: Money.of('305.96'), dueDate: IsoDate.of('2025-12-22'), paymentDate: IsoDate.of(paid) });

  it('uses the version of the payment date and names it (seed 002 §8.4 figures with D-3 rounding)', () => {
    const charges = lateChargesInForce(input('2026-01-01'), versions);
    // 10 days late: fine R(305.96 × 2%) = 6.12, mora R(305.96 × 0.033% × 10) = R(1.009668) = 1.01
    expect(charges.ok && [charges.value.parameterVersion, charges.value.fine.toString(), charges.value.mora.toString(), charges.value.total.toString()]).toEqual(['NEW-2-0.033', '6.12', '1.01', '313.09']);
    const before = lateChargesInForce(input('2025-12-27'), versions);
    // 5 days late under the old version: fine R(3.0596) = 3.06, mora R(305.96 × 0.0002 × 5) = R(0.30596) = 0.31
    expect(before.ok && [before.value.parameterVersion, before.value.fine.toString(), before.value.mora.toString()]).toEqual(['OLD-1-0.02', '3.06', '0.31']);
  });

  it('refuses a date before any version (NO_PARAMETER_IN_FORCE)', () => {
    const none = lateChargesInForce(input('2019-06-01'), versions);
    expect(none.ok ? 'ok' : none.error.code).toBe('NO_PARAMETER_IN_FORCE');
  });

  it('the catalogue names LATE-2-0.033', () => {
    const charges = lateChargesInForce(input('2026-01-01'), DEFAULT_PARAMETERS.lateCharges);
    expect(charges.ok && charges.value.parameterVersion).toBe('LATE-2-0.033');
  });
});
