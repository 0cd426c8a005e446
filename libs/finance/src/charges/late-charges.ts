import { IsoDate } from '../dates/iso-date';
import { int } from '../decimal/dec';
import { Money } from '../money/money';
import type { EffectiveDated } from '../parameters/effective-dated';
import { LateChargeParameters } from '../parameters/parameter-types';
import { ok, type Result } from '../errors/result';

export interface LateChargesInput {
  readonly installment: Money;
  readonly dueDate: IsoDate;
  readonly paymentDate: IsoDate;
}

export interface LateCharges {
  /** Calendar days after the due date; 0 when paid on or before it. */
  readonly daysLate: number;
  /** R(installment × 2%) once when late (D-4), else 0.00. */
  readonly fine: Money;
  /** R(installment × 0.033% × days late), half-up (D-3: the seed's 1.00 truncation is not followed). */
  readonly mora: Money;
  readonly total: Money;
}

/** Fine and mora of a late installment (seed 002 §12.9, D-3, D-4). */
export function lateCharges(input: LateChargesInput, parameters: LateChargeParameters): LateCharges {
  const { installment, dueDate, paymentDate } = input;
  const daysLate = Math.max(0, dueDate.daysUntil(paymentDate));
  if (daysLate === 0) return { daysLate, fine: Money.ZERO, mora: Money.ZERO, total: installment };
  const fine = installment.timesRounded(parameters.fineRate);
  const mora = installment.timesRounded(parameters.moraDailyRate.times(int(daysLate)));
  return { daysLate, fine, mora, total: installment.plus(fine).plus(mora) };
}

/** Late charges with the id of the parameter version they were computed with (kept with a payment). */
export interface LateChargesInForce extends LateCharges {
  readonly parameterVersion: string;
}

/**
 * `lateCharges` with the parameters in force on the payment date (e.g. LATE-2-0.033): what the
 * payment service charges and the loan service checks, from one place.
 */
export function lateChargesInForce(input: LateChargesInput, versions: EffectiveDated<LateChargeParameters>): Result<LateChargesInForce> {
  const version = versions.at(input.paymentDate);
  if (!version.ok) return version;
  return ok({ ...lateCharges(input, version.value.value), parameterVersion: version.value.id });
}
