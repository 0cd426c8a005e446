/**
 * @consignado/finance — every money and rate calculation of the product, on big.js
 * (../shared/spec/FINANCE.md). Pure functions and value objects: no I/O, no framework.
 *
 * Errors: value objects validate in `parse` (returns a Result) and `of` (throws, for trusted
 * literals); operations whose failure is a business outcome (payoff, product rules, simulate)
 * return `Result<T, FinanceError>`; a violated precondition the types cannot express (e.g. a
 * non-positive principal) throws FinanceError. Every FinanceError has a stable `code` and a pt-BR
 * `message`.
 */
export { FinanceError, FINANCE_ERROR_CODES } from './errors/finance-error';
export type { FinanceErrorCode } from './errors/finance-error';
export { ok, err, unwrap } from './errors/result';
export type { Result } from './errors/result';

export { Dec, dec, decimalContext, RoundingMode, roundHalfUp, roundHalfEven, WORK_DP } from './decimal/dec';
export type { Decimal } from './decimal/dec';
export { nthRoot, powRounded, rationalPow } from './decimal/power';
export { roundGuarded, floorGuarded } from './decimal/guarded-round';

export { IsoDate, daysInMonth } from './dates/iso-date';
export { civilDateInBrazil } from './dates/civil-date';
export { addBusinessDays, brazilianHolidays, businessDaysBetween, easterSunday, isBusinessDay, type Holiday } from './dates/business-calendar';
export { Money } from './money/money';
export { MonthlyRate } from './rates/monthly-rate';
export { LoanTerm, MAX_TERM_MONTHS } from './schedule/loan-term';
export { LoanDates, STANDARD_PERIOD_DAYS } from './schedule/loan-dates';
export { Cpf } from './identity/cpf';
export { InssBenefitNumber } from './identity/inss-benefit-number';

export { dailyRate, annualRate, DAILY_RATE_PLACES, ANNUAL_RATE_PLACES } from './rates/conversions';
export { growthOverDays, dailyFactor } from './rates/growth';
export { proRataInterest } from './rates/pro-rata';
export { presentValue } from './rates/present-value';
export { priceInstallment, unitInstallment } from './schedule/installment';
export { priceSchedule } from './schedule/price-schedule';
export type { PriceInput, PriceSchedule, ScheduleRow } from './schedule/price-schedule';
export { maxLoan } from './schedule/max-loan';
export type { MaxLoan, MaxLoanInput } from './schedule/max-loan';
export { payoff, payoffQuote } from './schedule/payoff';
export type { PayoffInput, PayoffQuote, PayoffRequest } from './schedule/payoff';
export { createPosition, paidPrefixLength } from './position/contract-position';
export type { ContractPosition, PositionRow, PositionStart } from './position/contract-position';
export { positionFromSchedule, positionFromTerms, firstInstallments } from './position/position-builders';
export type { ContractTermsInput } from './position/position-builders';
export { positionPayoff } from './position/position-payoff';
export type { PositionPayoff } from './position/position-payoff';
export { consolidatedDebt, updatedBalance, valuationAnchor } from './position/consolidated-debt';
export type { ConsolidatedDebt, OverdueInstallment } from './position/consolidated-debt';
export { settlementAmount, hasOverdue } from './position/settlement';
export type { Settlement } from './position/settlement';
export { extraAmortization, AMORTIZATION_MODES } from './life-cycle/extra-amortization';
export type { AmortizationMode, ExtraAmortization, ExtraAmortizationRequest } from './life-cycle/extra-amortization';
export { refinance, paidCount } from './life-cycle/refinance';
export type { RefinanceRequest, Refinancing } from './life-cycle/refinance';
export { portabilityQuote } from './life-cycle/portability-quote';
export type { PortabilityQuote, PortabilityRequest } from './life-cycle/portability-quote';
export { workoutOffer, MAX_WORKOUT_GRACE_DAYS } from './life-cycle/workout-offer';
export type { WorkoutOffer, WorkoutRequest } from './life-cycle/workout-offer';
export { WORKOUT_OPTIONS, workoutLimits, workoutOption } from './life-cycle/workout-options';
export type { WorkoutAsk, WorkoutLimits, WorkoutOption, WorkoutOptionOffer } from './life-cycle/workout-options';
export { lateCharges, lateChargesInForce } from './charges/late-charges';
export type { LateCharges, LateChargesInForce, LateChargesInput } from './charges/late-charges';
export { iof, decreeFactor, IOF_METHODS } from './iof/iof';
export type { Iof, IofInput, IofMethod } from './iof/iof';
export { cet } from './cet/cet';
export type { Cet } from './cet/cet';
export type { CetInput, Payment } from './cet/cash-flows';

export { EffectiveDated } from './parameters/effective-dated';
export type { ParameterVersion } from './parameters/effective-dated';
export { DEFAULT_PARAMETERS, INSS_HISTORY_START } from './parameters/catalog';
export type { ParameterRegistry } from './parameters/catalog';
export type * from './parameters/parameter-types';

export { PRODUCTS, isProductCode } from './products/product';
export type { ProductCode } from './products/product';
export { servantRate, personalRate, inssRate } from './products/product-rate';
export { insurancePremium } from './products/insurance';
export { premiumRefund, type CoveragePeriod } from './products/premium-refund';
export { graceDays, checkTerm, checkGrace, checkPayrollFirstDue, checkAge } from './products/eligibility';
export { resolveOffer } from './products/offer';
export type { Offer, OfferRequest } from './products/offer';
export { simulate, financing } from './products/simulate';
export type { Simulation, SimulationRequest } from './products/simulate';
export { borrowingCapacity } from './products/borrowing-capacity';
export type { BorrowingCapacity, BorrowingCapacityRequest } from './products/borrowing-capacity';
export { inssMargin } from './margin/inss-margin';
export type { InssMargin, InssMarginInput } from './margin/inss-margin';
