import { Decimal, dec, divide } from './dec';
import { floorGuarded, roundGuarded } from './guarded-round';

/** A computation whose WORK_DP approximation falls just below the true value. */
const approximate = (exact: string) => (dp: number): Decimal => dec(exact).minus(dec(`1e-${dp}`));

describe('roundGuarded', () => {
  it.each([
    ['12.345', '12.35'], // an exact tie rounds up even when the approximation lands below it
    ['12.3449', '12.34'],
    ['0.005', '0.01'],
    ['7.125', '7.13'],
  ])('%s → %s', (exact, expected) => {
    expect(roundGuarded(approximate(exact), 2).toFixed(2)).toBe(expected);
  });

  it('decides a value that is not a tie at the first precision', () => {
    expect(roundGuarded((dp) => divide(dec('2'), dec('3'), dp), 2).toFixed(2)).toBe('0.67');
    expect(roundGuarded((dp) => divide(dec('1'), dec('3'), dp), 2, 20).toFixed(2)).toBe('0.33');
  });
});

describe('floorGuarded', () => {
  it.each([
    ['23919.62', '23919.62'], // exactly on a cent: kept although the approximation is below
    ['23919.6299999', '23919.62'],
    ['0.019', '0.01'],
  ])('%s → %s', (exact, expected) => {
    expect(floorGuarded(approximate(exact), 2).toFixed(2)).toBe(expected);
  });
});
