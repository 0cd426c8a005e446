import type { PayloadOf } from '@consignado/contracts';

/**
 * The deduction Dataprev registered for a contract (AverbationCompleted): from the first due date
 * on, the benefit pays the installment. The payroll remittance that uses it comes later (R-PA-1).
 */
export interface PayrollDeduction {
  contractId: string;
  averbationId: string;
  protocol: string;
  /** Absent once the customer's personal data was erased (a remittance line then no longer matches). */
  benefitNumber?: string;
  installmentAmount: string;
  termMonths: number;
  firstDueDate: string;
  registeredAt: Date;
}

export function payrollDeductionOf(completed: PayloadOf<'AverbationCompleted'>): PayrollDeduction {
  const { contractId, averbationId, protocol, benefitNumber, installmentAmount, termMonths, firstDueDate } = completed;
  return { contractId, averbationId, protocol, benefitNumber, installmentAmount, termMonths, firstDueDate, registeredAt: new Date(completed.registeredAt) };
}
