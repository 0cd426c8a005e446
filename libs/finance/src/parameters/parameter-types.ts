import { Decimal } from '../decimal/dec';

/** CNPS monthly rate caps of the INSS consignado (fractions). */
export interface InssRateCaps {
  readonly loan: Decimal;
  readonly card: Decimal;
}

export interface InssTermLimit {
  readonly maxMonths: number;
  /**
   * D-10: the latest first due date, in calendar days after the contract date. The payroll
   * calendar (the first or second benefit payment after the contract) is not grace; beyond it
   * would be, and INSS allows none (D-1, IN 138/2022 art. 12).
   */
  readonly maxFirstPeriodDays: number;
}

/** Shares of the benefit that may be committed, per purpose (fractions). */
export interface InssMargins {
  readonly loan: Decimal;
  readonly card: Decimal;
  readonly benefitCard: Decimal;
}

/** Public-servant consignado (seed 002): rate 0.018 + 0.00005 × (n − 24), capped. */
export interface ServantParameters {
  readonly baseRate: Decimal;
  readonly ratePerExtraMonth: Decimal;
  readonly baseTermMonths: number;
  readonly rateCap: Decimal;
  readonly minTermMonths: number;
  readonly maxTermMonths: number;
  readonly maxGraceDays: number;
  readonly maxAgeAtEnd: number;
}

/** A personal-loan score band; the rate falls linearly from `top` at `low` to `bottom` at `high` (D-8). */
export interface ScoreBand {
  readonly low: number;
  readonly high: number;
  readonly top: Decimal;
  readonly bottom: Decimal;
  /** Credit limits of the band (seed 002 §11.2.2–3), for credit analysis. */
  readonly maxAmount: Decimal;
  readonly maxTermMonths: number;
}

export interface PersonalParameters {
  readonly minScore: number;
  readonly bands: readonly ScoreBand[];
  readonly minTermMonths: number;
  readonly maxTermMonths: number;
  readonly minAmount: Decimal;
  readonly maxAmount: Decimal;
  readonly maxGraceDays: number;
  readonly maxAgeAtEnd: number;
  /** Places of the band rate, rounded half-up. */
  readonly ratePlaces: number;
}

/** IOF on credit to individuals (Decreto 6.306/2007 art. 7). */
export interface IofParameters {
  readonly fixedRate: Decimal;
  readonly dailyRate: Decimal;
  readonly maxDays: number;
}

export interface LateChargeParameters {
  readonly fineRate: Decimal;
  readonly moraDailyRate: Decimal;
}

/** Credit-life insurance (seed 002 §12.4): base × (baseRate + perYearOfAge × age) × n / 12. */
export interface InsuranceParameters {
  readonly baseRate: Decimal;
  readonly ratePerYearOfAge: Decimal;
}

/**
 * What a workout renegotiation (FINANCE.md `workoutOffer`, seed 003 §4.9) may grant: the largest
 * share of the late charges forgiven and the longest grace before the first installment. The term
 * is capped by the product's own maximum on the date (`workoutLimits`).
 */
export interface WorkoutParameters {
  readonly maxLateChargesDiscount: Decimal;
  readonly maxGraceDays: number;
}
