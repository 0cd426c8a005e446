import { randomUUID } from 'node:crypto';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import type { PayrollDeduction } from '../domain/payroll-deduction';
import { toDeduction, toDeductionRow } from './payroll-deduction.mapper';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const deduction: PayrollDeduction = {
  contractId: randomUUID(), averbationId: randomUUID(), protocol: 'DTP-2025-000123456', benefitNumber: '7341118901',
  installmentAmount: '311.36', termMonths: 48, firstDueDate: '2025-03-10', registeredAt: new Date('2025-02-10T13:00:05.000Z'),
};

describe('payroll deduction at rest (R-SEC-3)', () => {
  it('stores the benefit number sealed under its column and reads it back', () => {
    const row = toDeductionRow(cipher, deduction);
    expect(row.benefitNumber).toMatch(/^pii:v1:/);
    expect({ ...row, benefitNumber: deduction.benefitNumber }).toEqual(deduction);
    expect(toDeduction(cipher, row)).toEqual(deduction);
    expect(() => cipher.open(row.benefitNumber as string, 'averbation.benefit_number')).toThrow();
  });

  it('an erased deduction (null benefit number) reads back without one', () => {
    const erased = toDeduction(cipher, { ...toDeductionRow(cipher, deduction), benefitNumber: null });
    expect(erased).not.toHaveProperty('benefitNumber');
    expect(erased.protocol).toBe(deduction.protocol);
  });
});
