import { d, m, positionOf, SIX } from '../../test/support/contracts';
import { dec } from '../decimal/dec';
import { unwrap } from '../errors/result';
import { WorkoutAsk, WorkoutOption, workoutLimits, workoutOption } from './workout-options';

// SIX with #1 and #2 paid, on 2026-04-20: #3 is 10 days late (workout-offer.spec.ts): fine 10.54, mora 1.74,
// debt 2081.00; half the charges forgiven: discount 6.14, debt 2074.86. Four rows (#3..#6) were left unpaid.
// Price at 1.5% on 30-day first periods (worked out with Python's decimal at 40 digits):
//   2074.86 over 4: 538.3116… → 538.31;   2081.00 over 7: 315.388… (> 300), over 8: 277.988… → 277.99.
const late = positionOf(SIX, 1, 2);
const limits = unwrap(workoutLimits('PERSONAL', d('2026-04-20')));
const ask = (overrides: Partial<WorkoutAsk> = {}): WorkoutAsk => ({ date: d('2026-04-20'), capacity: m('300'), ...overrides });
const offered = (option: WorkoutOption, overrides: Partial<WorkoutAsk> = {}) => workoutOption(late, option, ask(overrides), limits);

describe('workoutLimits', () => {
  it.each([
    ['PERSONAL', 30],
    ['SERVIDOR_CONSIGNADO', 92],
    ['INSS_CONSIGNADO', 96],
  ] as const)('%s: half the late charges, 90 days of grace, %i months at most', (product, months) => {
    const l = unwrap(workoutLimits(product, d('2026-04-20')));
    expect([l.maxLateChargesDiscount.toString(), l.maxGraceDays, l.maxTermMonths, l.parameterVersion]).toEqual(['0.5', 90, months, 'WORKOUT-50-90']);
  });

  it('INSS before its history has no term in force', () => {
    const result = workoutLimits('INSS_CONSIGNADO', d('2024-06-30'));
    expect(!result.ok && result.error.code).toBe('NO_PARAMETER_IN_FORCE');
  });
});

describe('workoutOption', () => {
  it('LATE_CHARGES_DISCOUNT forgives up to the limit within the four installments left', () => {
    const o = unwrap(offered('LATE_CHARGES_DISCOUNT', { capacity: m('550') }));
    expect([o.lateChargesDiscount.toString(), o.graceDays, o.maxTerm.months]).toEqual(['0.5', 0, 4]);
    expect([o.offer.discount, o.offer.debt, o.offer.installment].map(String)).toEqual(['6.14', '2074.86', '538.31']);
    expect([o.offer.term.months, o.offer.dates.firstDueDate.toString()]).toEqual([4, '2026-05-20']);
  });

  it('LATE_CHARGES_DISCOUNT does not stretch the term: R$ 300 cannot pay 2074.86 in four months', () => {
    const result = offered('LATE_CHARGES_DISCOUNT');
    expect(!result.ok && result.error.code).toBe('NO_FEASIBLE_TERM');
  });

  it('LONGER_TERM: no discount, the shortest term up to 30 months that fits R$ 300', () => {
    const o = unwrap(offered('LONGER_TERM'));
    expect([o.offer.discount, o.offer.debt, o.offer.installment].map(String)).toEqual(['0.00', '2081.00', '277.99']);
    expect([o.offer.term.months, o.maxTerm.months, o.graceDays]).toEqual([8, 30, 0]);
  });

  it('GRACE asked for 30 days matches workoutOffer with 30 days of grace', () => {
    const o = unwrap(offered('GRACE', { graceDays: 30 }));
    expect([o.offer.term.months, o.offer.installment.toString(), o.offer.dates.firstDueDate.toString()]).toEqual([8, '282.16', '2026-06-19']);
  });

  it('GRACE defaults to the limit: first due 30 + 90 days after the date', () => {
    const o = unwrap(offered('GRACE'));
    expect([o.graceDays, o.offer.dates.firstDueDate.toString()]).toEqual([90, '2026-08-18']);
  });

  it.each<[string, WorkoutOption, Partial<WorkoutAsk>, string]>([
    ['60% of the charges', 'LATE_CHARGES_DISCOUNT', { lateChargesDiscount: dec('0.6'), capacity: m('550') }, 'DISCOUNT_ABOVE_LIMIT'],
    ['91 days of grace', 'GRACE', { graceDays: 91 }, 'GRACE_ABOVE_LIMIT'],
    ['a date with nothing late', 'LONGER_TERM', { date: d('2026-04-10') }, 'NO_OVERDUE_INSTALLMENTS'],
  ])('refuses %s', (_name, option, overrides, code) => {
    const result = offered(option, overrides);
    expect(!result.ok && result.error.code).toBe(code);
  });
});
