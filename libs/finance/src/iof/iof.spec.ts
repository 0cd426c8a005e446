import { IsoDate } from '../dates/iso-date';
import { dec } from '../decimal/dec';
import { unwrap } from '../errors/result';
import { Money } from '../money/money';
import { DEFAULT_PARAMETERS } from '../parameters/catalog';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { IofMethod, decreeFactor, iof } from './iof';

const parameters = DEFAULT_PARAMETERS.iof.latest().value;

function run(base: string, extras: string, rate: string, term: number, contract: string, firstDue: string, method: IofMethod) {
  const dates = unwrap(LoanDates.create(IsoDate.of(contract), IsoDate.of(firstDue)));
  const result = iof(
    { base: Money.of(base), financedExtras: Money.of(extras), rate: MonthlyRate.of(rate), term: LoanTerm.of(term), dates, method },
    parameters,
  );
  return [result.iof.toString(), result.financed.toString()];
}

// Independent expectations: the unrounded unit schedule and the gross-up in Python decimal.
describe('iof DECREE (default, D-7): financed IOF, per-installment days capped at 365', () => {
  it.each([
    ['every due date within a year', '1000', '0', '0.03', 6, '2026-01-15', '2026-02-15', '12.82', '1012.82'],
    ['92 months: days capped at 365', '25000', '0', '0.0214', 92, '2026-05-20', '2026-06-20', '856.44', '25856.44'],
    ['with financed insurance, month-end dates', '8000', '240.50', '0.0186', 36, '2026-02-28', '2026-03-31', '257.53', '8498.03'],
    ['zero rate', '1200', '0', '0', 12, '2026-01-10', '2026-02-10', '24.42', '1224.42'],
    ['a year with Feb 29: day 366 is capped', '5000', '0', '0.02', 24, '2027-03-01', '2027-04-01', '144.00', '5144.00'],
    ['one installment: f = 0.38% + 30 × 0.0082%', '3000', '0', '0.025', 1, '2026-06-01', '2026-07-01', '18.90', '3018.90'],
  ])('%s', (_name, base, extras, rate, term, contract, firstDue, tax, financed) => {
    expect(run(base, extras, rate, term, contract, firstDue, 'DECREE')).toEqual([tax, financed]);
  });

  it('computes the per-unit factor f', () => {
    const dates = unwrap(LoanDates.create(IsoDate.of('2026-06-01'), IsoDate.of('2026-07-01')));
    expect(decreeFactor(MonthlyRate.of('0.025'), LoanTerm.of(1), dates, parameters, 30).toString()).toBe('0.00626');
    const year = unwrap(LoanDates.create(IsoDate.of('2026-01-10'), IsoDate.of('2026-02-10')));
    // zero rate: a_j = 1/12, Σ days = 31+59+90+120+151+181+212+243+273+304+334+365 = 2363
    expect(decreeFactor(MonthlyRate.of('0'), LoanTerm.of(12), year, parameters, 30).round(20, 1).toString()).toBe(
      dec('0.0038').plus(dec('0.000082').times(dec('2363')).div(dec('12'))).round(20, 1).toString(),
    );
  });
});

describe('iof SEED_002 (seed 002 §12.5): on the base, days to the last due date', () => {
  it.each([
    ['181 days', '2000', '0', 6, '37.28', '2037.28'],
    ['capped at 365, extras added after', '10000', '100', 24, '337.30', '10437.30'],
  ])('%s', (_name, base, extras, term, tax, financed) => {
    expect(run(base, extras, '0.05', term, '2026-01-10', '2026-02-10', 'SEED_002')).toEqual([tax, financed]);
  });
});
