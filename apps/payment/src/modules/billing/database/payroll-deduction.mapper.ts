import type { FieldCipher } from '@consignado/core';
import { openOrUndefined, sealOrNull } from '@consignado/service-kit';
import type { PayrollDeduction } from '../domain/payroll-deduction';
import type { PayrollDeductionRow } from './payroll-deduction.orm-entity';

/** Personal columns (LGPD, R-SEC-3) and their sealing field: the column is the associated data. */
export const PAYROLL_DEDUCTION_SEALED = { benefitNumber: 'payroll_deduction.benefit_number' } as const;

export function toDeductionRow(cipher: FieldCipher, deduction: PayrollDeduction): PayrollDeductionRow {
  return { ...deduction, benefitNumber: sealOrNull(cipher, deduction.benefitNumber, PAYROLL_DEDUCTION_SEALED.benefitNumber) };
}

export function toDeduction(cipher: FieldCipher, row: PayrollDeductionRow): PayrollDeduction {
  const { benefitNumber, ...rest } = row;
  const opened = openOrUndefined(cipher, benefitNumber, PAYROLL_DEDUCTION_SEALED.benefitNumber);
  return { ...rest, ...(opened ? { benefitNumber: opened } : {}) };
}
