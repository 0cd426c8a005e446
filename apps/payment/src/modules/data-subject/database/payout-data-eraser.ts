import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CUSTOMER_DISBURSEMENT_LOCK } from '../../disbursement/database/disbursement.repository';
import type { ErasureSubject } from './personal-data-eraser';

export interface PayoutData {
  /** Customers whose payout account still holds a key or account (the subject, or none). */
  payoutAccounts: string[];
  /** Attempts of the subject's disbursements still holding the account they were sent to. */
  attempts: string[];
}

const ACCOUNT_HELD = `(pix_key IS NOT NULL OR account_number IS NOT NULL OR holder_cpf IS NOT NULL)`;
const OF_SUBJECT = `contract_id IN (SELECT contract_id FROM disbursement WHERE customer_id = $1) OR contract_id = ANY($2::uuid[])`;
/** What identifies the account: key, number, CPF, bank and branch. The kind, amounts, dates and end-to-end ids stay (accounting). */
const ERASE = `pix_key = NULL, account_number = NULL, holder_cpf = NULL, ispb = NULL, branch = NULL, account_type = NULL`;

/** The subject's payout account and the accounts their disbursements were sent to (R-SEC-3), locked in the caller's transaction. */
@Injectable()
export class PayoutDataEraser {
  async find(manager: EntityManager, subject: ErasureSubject): Promise<PayoutData> {
    // A release use case holding the customer's disbursements in memory must not write the account back after this.
    await manager.query(CUSTOMER_DISBURSEMENT_LOCK, [subject.customerId]);
    const accounts = (await manager.query(`SELECT customer_id FROM payout_account WHERE customer_id = $1 AND ${ACCOUNT_HELD} FOR UPDATE`, [subject.customerId])) as Array<{ customer_id: string }>;
    const attempts = (await manager.query(`SELECT disbursement_id FROM disbursement_attempt WHERE (${OF_SUBJECT}) AND ${ACCOUNT_HELD} ORDER BY disbursement_id FOR UPDATE`, [subject.customerId, subject.contractIds])) as Array<{ disbursement_id: string }>;
    return { payoutAccounts: accounts.map((r) => r.customer_id), attempts: attempts.map((r) => r.disbursement_id) };
  }

  async anonymize(manager: EntityManager, data: PayoutData): Promise<void> {
    if (data.payoutAccounts.length > 0) await manager.query(`UPDATE payout_account SET ${ERASE} WHERE customer_id = ANY($1::uuid[])`, [data.payoutAccounts]);
    if (data.attempts.length > 0) await manager.query(`UPDATE disbursement_attempt SET ${ERASE} WHERE disbursement_id = ANY($1::uuid[])`, [data.attempts]);
  }
}
