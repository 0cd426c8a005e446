import type { EntityManager } from 'typeorm';
import type { FieldCipher } from '@consignado/core';
import { TIMELINE_SEALED } from '../../proposal/database/timeline.mapper';

const PERSONAL_COLUMNS = ['cpf', 'cpf_hash', 'name', 'birth_date', 'monthly_income', 'monthly_expenses', 'benefit_number', 'benefit_kind', 'benefit_value', 'benefit_start_date', 'email', 'phone', 'payout_account', 'payout_account_changed_at'];
export const ANONYMIZED_SUMMARY = 'Dados pessoais anonimizados (LGPD).';

const countOf = (result: unknown): number => (Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0);

/**
 * Anonymizes a customer in proposal (R-SEC-3), in the caller's transaction: the customer's
 * personal columns, their proposals' credit decisions (income-derived), timeline texts, parked
 * envelopes and uploaded documents (selfie, ID). Ids, amounts, states and dates stay. Returns the
 * rows touched per table.
 */
export async function anonymizeCustomer(manager: EntityManager, cipher: FieldCipher, customerId: string): Promise<Record<string, number>> {
  const ofCustomer = `SELECT id FROM proposal WHERE customer_id = $1`;
  const customer = await manager.query(
    `UPDATE customer SET ${PERSONAL_COLUMNS.map((c) => `${c} = NULL`).join(', ')}, status = 'ANONYMIZED', anonymized_at = now() WHERE id = $1 AND status <> 'ANONYMIZED'`,
    [customerId],
  );
  const decisions = await manager.query(`UPDATE proposal SET decision = NULL WHERE customer_id = $1 AND decision IS NOT NULL`, [customerId]);
  const timeline = await manager.query(`UPDATE proposal_timeline SET summary = $2 WHERE proposal_id IN (${ofCustomer})`, [customerId, cipher.seal(ANONYMIZED_SUMMARY, TIMELINE_SEALED.summary)]);
  const parked = await manager.query(`DELETE FROM proposal_parked_event WHERE proposal_id IN (${ofCustomer})`, [customerId]);
  const documents = await manager.query(`DELETE FROM proposal_document_content WHERE document_id IN (SELECT id FROM proposal_document WHERE proposal_id IN (${ofCustomer}))`, [customerId]);
  return {
    customer: countOf(customer), proposal: countOf(decisions), proposal_timeline: countOf(timeline),
    proposal_parked_event: countOf(parked), proposal_document_content: countOf(documents),
  };
}
