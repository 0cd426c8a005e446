import { DEFAULT_PARAMETERS, type IsoDate, type LateCharges, lateCharges, type Money } from '@consignado/finance';

export interface InstallmentCharges extends LateCharges {
  /** Id of the late-charge parameter version applied (e.g. LATE-2-0.033), kept with the payment (D-1). */
  readonly parameters: string;
}

/** Fine 2% and mora 0.033% a day of an installment paid on `paymentDate` (D-3, D-4), from the parameter catalogue. */
export function chargesOn(installment: Money, dueDate: IsoDate, paymentDate: IsoDate): InstallmentCharges {
  const version = DEFAULT_PARAMETERS.lateCharges.at(paymentDate);
  if (!version.ok) throw version.error;
  return { ...lateCharges({ installment, dueDate, paymentDate }, version.value.value), parameters: version.value.id };
}
