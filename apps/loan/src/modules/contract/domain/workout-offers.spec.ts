import { dec, IsoDate, Money, type WorkoutAsk } from '@consignado/finance';
import { booked, NOW } from '../../../../test/fixtures/contracts';
import { settlementPayment } from '../../../../test/fixtures/payments';

/*
 * The hand-worked loan (1,000.00 at 2% a.m., 3 × 346.75 from 2026-05-10, PERSONAL) with nothing
 * paid, on 2026-05-20: #1 10 days late, fine R(346.75 × 2%) = 6.94, mora R(346.75 × 0.033% × 10) =
 * 1.14; the rest's payoff 673.25 + 4.46 = 677.71; consolidated 1032.54. Policy: half the charges,
 * 90 days, 30 months. Installments worked out apart with Python decimal (50 digits) from FINANCE.md,
 * PMT = R(P × (1.02)^(d1/30) × 0.02 / (1.02 × (1 − 1.02^−n))):
 *   LATE_CHARGES_DISCOUNT: discount R(0.5 × 8.08) = 4.04, debt 1028.50, at most the 3 rows left:
 *     n = 3 → 356.64 (356.6372), above R$ 300.
 *   GRACE (90 days, d1 = 120): debt 1032.54, n = 3 → 379.95, n = 4 → 287.77 (287.7673), first due 2026-09-17.
 *   LONGER_TERM (d1 = 30): n = 3 → 358.04, n = 4 → 271.17 (271.1695), first due 2026-06-19.
 * Rows (Price, the last absorbs the residue): LONGER_TERM 271.17 × 3 + 271.17 = 1084.68 (interest
 * 20.65, 15.64, 10.53, 5.32); GRACE 287.77 × 3 + 287.75 = 1151.06 (first interest R(1032.54 × (1.02^4 − 1)) = 85.11).
 */
const ask = (overrides: Partial<WorkoutAsk> = {}): WorkoutAsk => ({ date: IsoDate.of('2026-05-20'), capacity: Money.of('300.00'), ...overrides });
const offersOf = (overrides: Partial<WorkoutAsk> = {}, contract = booked()) => contract.workoutOffers(ask(overrides));
const codeOf = (result: ReturnType<typeof offersOf>) => (result.ok ? 'OK' : result.error.code);

describe('workout offers of a late contract (R-LN-8)', () => {
  it('R$ 300: GRACE and LONGER_TERM fit; the discount within the 3 rows left does not', () => {
    const result = offersOf();
    if (!result.ok) throw result.error;
    const { quote, limits, offers, unavailable } = result.value;
    expect([quote.overdue.length, quote.overdueAmount, quote.fine, quote.mora, quote.rest.payoff, quote.amount].map(String)).toEqual(['1', '346.75', '6.94', '1.14', '677.71', '1032.54']);
    expect([limits.maxLateChargesDiscount.toString(), limits.maxGraceDays, limits.maxTermMonths, limits.parameterVersion]).toEqual(['0.5', 90, 30, 'WORKOUT-50-90']);
    expect(offers.map((o) => [o.option, o.graceDays, o.maxTerm.months, String(o.offer.discount), String(o.offer.debt), o.offer.term.months, String(o.offer.installment), String(o.offer.dates.firstDueDate), String(o.offer.schedule.totalPaid)])).toEqual([
      ['GRACE', 90, 30, '0.00', '1032.54', 4, '287.77', '2026-09-17', '1151.06'],
      ['LONGER_TERM', 0, 30, '0.00', '1032.54', 4, '271.17', '2026-06-19', '1084.68'],
    ]);
    expect(offers[1].offer.schedule.rows.map((r) => [r.number, String(r.installment), String(r.interest), String(r.balance)])).toEqual([
      [1, '271.17', '20.65', '782.02'], [2, '271.17', '15.64', '526.49'], [3, '271.17', '10.53', '265.85'], [4, '271.17', '5.32', '0.00'],
    ]);
    expect(offers[0].offer.schedule.rows.map((r) => String(r.installment))).toEqual(['287.77', '287.77', '287.77', '287.75']);
    expect(unavailable).toEqual([{ option: 'LATE_CHARGES_DISCOUNT', code: 'NO_FEASIBLE_TERM', message: 'Nenhum prazo de até 3 meses cabe na capacidade de pagamento informada.' }]);
  });

  it('R$ 400: the discount of half the charges fits in the 3 rows left (3 × 356.64 on 1028.50); a quarter forgives 2.02', () => {
    const result = offersOf({ capacity: Money.of('400.00') });
    const discounted = result.ok ? result.value.offers[0] : undefined;
    expect([discounted?.option, String(discounted?.offer.discount), String(discounted?.offer.debt), discounted?.offer.term.months, String(discounted?.offer.installment)]).toEqual(['LATE_CHARGES_DISCOUNT', '4.04', '1028.50', 3, '356.64']);
    const quarter = offersOf({ capacity: Money.of('400.00'), lateChargesDiscount: dec('0.25') });
    // R(0.25 × 8.08) = 2.02; 1032.54 − 2.02 = 1030.52.
    expect(quarter.ok && [String(quarter.value.offers[0].offer.discount), String(quarter.value.offers[0].offer.debt)]).toEqual(['2.02', '1030.52']);
  });

  it.each<[string, Partial<WorkoutAsk>, string]>([
    ['nothing overdue before the first due date', { date: IsoDate.of('2026-05-01') }, 'CONTRACT.NO_OVERDUE_INSTALLMENTS'],
    ['R$ 10 fits no term up to 30 months (LONGER_TERM would be 46.10)', { capacity: Money.of('10.00') }, 'CONTRACT.NO_FEASIBLE_WORKOUT'],
    ['60% of the charges', { lateChargesDiscount: dec('0.6') }, 'CONTRACT.WORKOUT_DISCOUNT_ABOVE_LIMIT'],
    ['91 days of grace', { graceDays: 91 }, 'CONTRACT.WORKOUT_GRACE_ABOVE_LIMIT'],
    ['a date before the contract', { date: IsoDate.of('2026-04-01') }, 'CONTRACT.PAYOFF_DATE_INVALID'],
  ])('refuses %s', (_name, overrides, code) => {
    expect(codeOf(offersOf(overrides))).toBe(code);
  });

  it('refuses a blocked contract (CONTRACT.BLOCKED) and a settled one (CONTRACT.SETTLED)', () => {
    const blocked = booked();
    blocked.block({ reason: 'FRAUD_SUSPECTED', note: 'Análise', operatorId: 'fabio.riscos', claimId: '00000000-0000-4000-8000-000000000001' }, NOW);
    expect(codeOf(offersOf({}, blocked))).toBe('CONTRACT.BLOCKED');
    const settled = booked();
    settled.recordPayment(settlementPayment({ id: settled.id, customerId: settled.snapshot.customerId }, '1032.54', '2026-05-20'), NOW);
    expect(codeOf(offersOf({}, settled))).toBe('CONTRACT.SETTLED');
  });
});
