import type { EntityManager } from 'typeorm';
import { isOriginationSettled } from '../domain/origination-settled';
import type { SubjectStanding } from '../domain/erasure-request';

/** The customer's proposals and whether they were anonymized; undefined for an unknown customer. Locks the customer row. */
export async function subjectStanding(manager: EntityManager, customerId: string): Promise<SubjectStanding | undefined> {
  const customer: Array<{ status: string }> = await manager.query(`SELECT status FROM customer WHERE id = $1 FOR UPDATE`, [customerId]);
  if (customer.length === 0) return undefined;
  const proposals: Array<{ id: string; state: string }> = await manager.query(`SELECT id, state FROM proposal WHERE customer_id = $1 ORDER BY created_at, id`, [customerId]);
  return { anonymized: customer[0].status === 'ANONYMIZED', proposals: proposals.map((p) => ({ id: p.id, final: isOriginationSettled(p.state) })) };
}
