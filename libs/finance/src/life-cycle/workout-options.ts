import { IsoDate } from '../dates/iso-date';
import { Decimal, ZERO, dec } from '../decimal/dec';
import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Money } from '../money/money';
import { DEFAULT_PARAMETERS, ParameterRegistry } from '../parameters/catalog';
import { ContractPosition } from '../position/contract-position';
import { ProductCode } from '../products/product';
import { LoanTerm } from '../schedule/loan-term';
import { WorkoutOffer, workoutOffer } from './workout-offer';

/**
 * The three renegotiations a late contract is offered (seed 003 §4.9 "Desconto, parcelamento,
 * carência"; docs/life-cycle.md, workout):
 * - LATE_CHARGES_DISCOUNT: the late charges forgiven up to the policy's limit, paid within the
 *   installments the contract had left;
 * - GRACE: no discount, the first installment `graceDays` after the usual 30 (interest accrues),
 *   up to the product's longest term;
 * - LONGER_TERM: no discount, no grace, up to the product's longest term.
 * Each is `workoutOffer` on the capacity: the shortest term that fits it.
 */
export const WORKOUT_OPTIONS = ['LATE_CHARGES_DISCOUNT', 'GRACE', 'LONGER_TERM'] as const;
export type WorkoutOption = (typeof WORKOUT_OPTIONS)[number];

export interface WorkoutLimits {
  readonly maxLateChargesDiscount: Decimal;
  readonly maxGraceDays: number;
  /** The product's longest term on the date. */
  readonly maxTermMonths: number;
  /** The workout parameter version in force (D-1). */
  readonly parameterVersion: string;
}

export interface WorkoutAsk {
  readonly date: IsoDate;
  readonly capacity: Money;
  /** LATE_CHARGES_DISCOUNT: the share forgiven (default: the limit). */
  readonly lateChargesDiscount?: Decimal;
  /** GRACE: the days of grace (default: the limit). */
  readonly graceDays?: number;
}

export interface WorkoutOptionOffer {
  readonly option: WorkoutOption;
  readonly lateChargesDiscount: Decimal;
  readonly graceDays: number;
  readonly maxTerm: LoanTerm;
  readonly offer: WorkoutOffer;
}

/** The policy in force on `date` for `product`: discount and grace limits, and the product's longest term. */
export function workoutLimits(product: ProductCode, date: IsoDate, registry: ParameterRegistry = DEFAULT_PARAMETERS): Result<WorkoutLimits> {
  const policy = registry.workout.at(date);
  if (!policy.ok) return policy;
  const maxTermMonths = productMaxTerm(product, date, registry);
  if (!maxTermMonths.ok) return maxTermMonths;
  const { maxLateChargesDiscount, maxGraceDays } = policy.value.value;
  return ok({ maxLateChargesDiscount, maxGraceDays, maxTermMonths: maxTermMonths.value, parameterVersion: policy.value.id });
}

function productMaxTerm(product: ProductCode, date: IsoDate, registry: ParameterRegistry): Result<number> {
  if (product === 'SERVIDOR_CONSIGNADO') return ok(registry.servant.latest().value.maxTermMonths);
  if (product === 'PERSONAL') return ok(registry.personal.latest().value.maxTermMonths);
  const inss = registry.inssMaxTerm.at(date);
  return inss.ok ? ok(inss.value.value.maxMonths) : inss;
}

/**
 * One option for a position on the ask's date, within the limits. A discount or grace above its
 * limit is DISCOUNT_ABOVE_LIMIT / GRACE_ABOVE_LIMIT; otherwise `workoutOffer`'s errors
 * (NO_OVERDUE_INSTALLMENTS, NO_FEASIBLE_TERM…).
 */
export function workoutOption(position: ContractPosition, option: WorkoutOption, ask: WorkoutAsk, limits: WorkoutLimits): Result<WorkoutOptionOffer> {
  const choice = chooseTerms(position, option, ask, limits);
  if (!choice.ok) return choice;
  const { lateChargesDiscount, graceDays, maxTerm } = choice.value;
  const offer = workoutOffer(position, { date: ask.date, capacity: ask.capacity, maxTerm, lateChargesDiscount, graceDays });
  return offer.ok ? ok({ option, lateChargesDiscount, graceDays, maxTerm, offer: offer.value }) : offer;
}

function chooseTerms(position: ContractPosition, option: WorkoutOption, ask: WorkoutAsk, limits: WorkoutLimits) {
  const longest = LoanTerm.of(limits.maxTermMonths);
  if (option === 'LONGER_TERM') return ok({ lateChargesDiscount: ZERO, graceDays: 0, maxTerm: longest });
  if (option === 'GRACE') {
    const graceDays = ask.graceDays ?? limits.maxGraceDays;
    if (graceDays > limits.maxGraceDays) {
      return err(new FinanceError('GRACE_ABOVE_LIMIT', `A carência de uma renegociação é de até ${limits.maxGraceDays} dias.`, 'graceDays'));
    }
    return ok({ lateChargesDiscount: ZERO, graceDays, maxTerm: longest });
  }
  const lateChargesDiscount = ask.lateChargesDiscount ?? limits.maxLateChargesDiscount;
  if (lateChargesDiscount.gt(limits.maxLateChargesDiscount)) {
    const limit = limits.maxLateChargesDiscount.times(dec('100')).toFixed(0);
    return err(new FinanceError('DISCOUNT_ABOVE_LIMIT', `O desconto sobre multa e juros de mora é de até ${limit}%.`, 'lateChargesDiscount'));
  }
  const unpaid = position.rows.filter((row) => !row.paid).length;
  return ok({ lateChargesDiscount, graceDays: 0, maxTerm: LoanTerm.of(Math.max(1, Math.min(unpaid, limits.maxTermMonths))) });
}
