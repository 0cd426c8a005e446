import type { FieldCipher } from '@consignado/core';
import { type BackfillJob, sealIfClear } from '@consignado/service-kit';
import { PAYROLL_DEDUCTION_SEALED } from './payroll-deduction.mapper';

/** Deductions stored before personal data was sealed: the benefit number sealed. */
export function payrollDeductionBackfill(cipher: FieldCipher): BackfillJob {
  return {
    table: 'payroll_deduction',
    key: 'contract_id',
    columns: ['benefit_number'],
    clear: `benefit_number NOT LIKE 'pii:v1:%'`,
    seal: (row) => ({ benefit_number: sealIfClear(cipher, String(row.benefit_number), PAYROLL_DEDUCTION_SEALED.benefitNumber) }),
  };
}
