import { dec } from '../decimal/dec';
import { DEFAULT_PARAMETERS } from '../parameters/catalog';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanTerm } from '../schedule/loan-term';
import { inssRate, personalRate, servantRate } from './product-rate';

const personal = DEFAULT_PARAMETERS.personal.latest().value;
const servant = DEFAULT_PARAMETERS.servant.latest().value;

describe('personalRate: falls inside each band, 6 places half-up (D-8)', () => {
  // top − (top − bottom) × (score − low) / (high − low), worked out independently.
  it.each([
    [201, '0.0999'],
    [202, '0.0999'],
    [400, '0.0999'],
    [401, '0.0999'],
    [450, '0.098669'],
    [500, '0.097413'],
    [599, '0.094925'],
    [600, '0.0949'],
    [601, '0.0949'],
    [700, '0.092413'],
    [750, '0.091156'],
    [800, '0.0899'],
    [801, '0.0899'],
    [900, '0.087413'],
    [999, '0.084925'],
    [1000, '0.0849'],
  ])('score %i → %s', (score, rate) => {
    const result = personalRate(score, personal);
    expect(result.ok && result.value.toString()).toBe(rate);
  });

  it('never charges a better score more', () => {
    let previous = dec('1');
    for (let score = 201; score <= 1000; score++) {
      const result = personalRate(score, personal);
      if (!result.ok) throw result.error;
      expect(result.value.toDecimal().lte(previous)).toBe(true);
      previous = result.value.toDecimal();
    }
  });

  it.each([
    [200, 'SCORE_TOO_LOW'],
    [0, 'SCORE_TOO_LOW'],
    [1001, 'INVALID_INPUT'],
    [-1, 'INVALID_INPUT'],
    [500.5, 'INVALID_INPUT'],
  ])('score %p fails with %s', (score, code) => {
    const result = personalRate(score, personal);
    expect(!result.ok && result.error.code).toBe(code);
  });
});

describe('servantRate: 0.018 + 0.00005 × (n − 24), capped at 2.14%', () => {
  it.each([
    [24, '0.018'],
    [25, '0.01805'],
    [36, '0.0186'],
    [60, '0.0198'],
    [91, '0.02135'],
    [92, '0.0214'],
  ])('%i months → %s', (months, rate) => {
    const result = servantRate(LoanTerm.of(months), servant);
    expect(result.ok && result.value.toString()).toBe(rate);
  });

  it('caps the formula (a longer configured maximum would still pay 2.14%)', () => {
    const result = servantRate(LoanTerm.of(120), { ...servant, maxTermMonths: 120 });
    expect(result.ok && result.value.toString()).toBe('0.0214');
  });

  it.each([23, 93, 1])('%i months is TERM_OUT_OF_RANGE', (months) => {
    const result = servantRate(LoanTerm.of(months), servant);
    expect(!result.ok && result.error.code).toBe('TERM_OUT_OF_RANGE');
  });
});

describe('inssRate: the configured rate, never above the cap', () => {
  const caps = { loan: dec('0.0185'), card: dec('0.0246') };
  it.each([
    [undefined, '0.0185'],
    ['0.0170', '0.017'],
    ['0.0185', '0.0185'],
    ['0.0199', '0.0185'],
  ])('configured %p → %s', (configured, rate) => {
    expect(inssRate(configured === undefined ? undefined : MonthlyRate.of(configured), caps).toString()).toBe(rate);
  });
});
