import { DEFAULT_PARAMETERS, type IsoDate, type LateCharges, lateCharges, type Money } from '@consignado/finance';

/**
 * Fine and mora of an installment paid (or valued) on `date` (R-LN-3, seed 002 §8.4, D-3, D-4):
 * finance's `lateCharges` with the late-charge parameters in force on that date from the finance
 * catalogue (today LATE-2-0.033: fine 2% once, mora 0.033% a day). The payment service computes
 * the same figures; loan checks every allocation against them.
 */
export function lateChargesOn(installment: { amount: Money; dueDate: IsoDate }, date: IsoDate): LateCharges & { parameterVersion: string } {
  const parameters = DEFAULT_PARAMETERS.lateCharges.at(date);
  // The late-charge parameters are undated (in force since 1900): a missing version is a broken catalogue.
  if (!parameters.ok) throw parameters.error;
  const charges = lateCharges({ installment: installment.amount, dueDate: installment.dueDate, paymentDate: date }, parameters.value.value);
  return { ...charges, parameterVersion: parameters.value.id };
}
