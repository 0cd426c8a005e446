import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Whose data: the customer (their billings) and their contracts at loan. */
export interface ErasureSubject {
  customerId: string;
  contractIds: readonly string[];
}

/** The customer's deductions: of their billings, or of their contracts (a deduction may arrive before its billing). */
const OF_SUBJECT = `contract_id IN (SELECT contract_id FROM billing WHERE customer_id = $1) OR contract_id = ANY($2::uuid[])`;

/**
 * payment's personal data of a data subject (R-SEC-3): the benefit numbers of their payroll
 * deductions. Billings, installments, payments and reminders carry ids, amounts and dates only:
 * accounting keeps them.
 */
@Injectable()
export class PersonalDataEraser {
  /** The deductions to anonymize, locked in the caller's transaction. */
  async find(manager: EntityManager, subject: ErasureSubject): Promise<string[]> {
    const rows = (await manager.query(`SELECT contract_id FROM payroll_deduction WHERE ${OF_SUBJECT} ORDER BY contract_id FOR UPDATE`, [subject.customerId, subject.contractIds])) as Array<{ contract_id: string }>;
    return rows.map((r) => r.contract_id);
  }

  async anonymize(manager: EntityManager, contractIds: readonly string[]): Promise<void> {
    if (contractIds.length > 0) await manager.query(`UPDATE payroll_deduction SET benefit_number = NULL WHERE contract_id = ANY($1::uuid[])`, [contractIds]);
  }
}
