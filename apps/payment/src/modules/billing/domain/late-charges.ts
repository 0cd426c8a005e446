import { DEFAULT_PARAMETERS, type IsoDate, type LateCharges, lateChargesInForce, type Money } from '@consignado/finance';

export interface InstallmentCharges extends LateCharges {
  /** Id of the late-charge parameter version applied (e.g. LATE-2-0.033), kept with the payment (D-1). */
  readonly parameters: string;
}

/** Fine 2% and mora 0.033% a day of an installment paid on `paymentDate` (D-3, D-4), from the parameter catalogue. */
export function chargesOn(installment: Money, dueDate: IsoDate, paymentDate: IsoDate): InstallmentCharges {
  const charges = lateChargesInForce({ installment, dueDate, paymentDate }, DEFAULT_PARAMETERS.lateCharges);
  // The late-charge parameters are undated (in force since 1900): a missing version is a broken catalogue.
  if (!charges.ok) throw charges.error;
  const { parameterVersion, ...rest } = charges.value;
  return { ...rest, parameters: parameterVersion };
}
