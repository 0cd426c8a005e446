import { DEFAULT_PARAMETERS, type IsoDate, type LateChargesInForce, lateChargesInForce, type Money } from '@consignado/finance';

/**
 * Fine and mora of an installment paid (or valued) on `date` (R-LN-3, seed 002 §8.4, D-3, D-4):
 * finance's late charges with the parameters in force on that date (today LATE-2-0.033: fine 2%
 * once, mora 0.033% a day) — the same function the payment service charges with; loan checks
 * every allocation against it.
 */
export function lateChargesOn(installment: { amount: Money; dueDate: IsoDate }, date: IsoDate): LateChargesInForce {
  const charges = lateChargesInForce({ installment: installment.amount, dueDate: installment.dueDate, paymentDate: date }, DEFAULT_PARAMETERS.lateCharges);
  // The late-charge parameters are undated (in force since 1900): a missing version is a broken catalogue.
  if (!charges.ok) throw charges.error;
  return charges.value;
}
