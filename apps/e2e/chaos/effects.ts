import type { StackDatabases } from '../bench/databases';

/** What the platform did for a set of proposals, counted in each service's own tables. */
export interface Effects {
  proposals: number;
  contracted: number;
  contracts: number;
  contractInstallments: number;
  averbationsRegistered: number;
  dataprevRegistrations: number;
  billings: number;
  billingInstallments: number;
  activationNotices: number;
  /** Contract activations proposal recorded in its timelines: once each, however often delivered. */
  activationsApplied: number;
}

const count = async (db: StackDatabases, service: string, sql: string, params: unknown[]): Promise<number> => Number((await db.query<{ n: string }>(service, sql, params))[0].n);

export async function effectsOf(db: StackDatabases, proposalIds: readonly string[]): Promise<Effects> {
  const contracts = await db.query<{ id: string; customer_id: string }>('loan', 'SELECT id, customer_id FROM contract WHERE proposal_id = ANY($1::uuid[])', [proposalIds]);
  const contractIds = contracts.map((c) => c.id);
  const customerIds = contracts.map((c) => c.customer_id);
  return {
    proposals: proposalIds.length,
    contracted: await count(db, 'proposal', `SELECT count(*) AS n FROM proposal WHERE id = ANY($1::uuid[]) AND state = 'CONTRACTED'`, [proposalIds]),
    contracts: contracts.length,
    contractInstallments: await count(db, 'loan', 'SELECT count(*) AS n FROM contract_installment WHERE contract_id = ANY($1::uuid[])', [contractIds]),
    averbationsRegistered: await count(db, 'averbation-connector', `SELECT count(*) AS n FROM averbation WHERE contract_id = ANY($1::uuid[]) AND status = 'REGISTERED'`, [contractIds]),
    dataprevRegistrations: await count(db, 'dataprev-mock', 'SELECT count(*) AS n FROM registration WHERE contract_id = ANY($1::text[])', [contractIds]),
    billings: await count(db, 'payment', `SELECT count(*) AS n FROM billing WHERE contract_id = ANY($1::uuid[]) AND status = 'ACTIVE'`, [contractIds]),
    billingInstallments: await count(db, 'payment', 'SELECT count(*) AS n FROM billing_installment WHERE contract_id = ANY($1::uuid[])', [contractIds]),
    activationNotices: await count(db, 'notification', `SELECT count(*) AS n FROM notification WHERE customer_id = ANY($1::uuid[]) AND source_event_type = 'ContractActivated'`, [customerIds]),
    activationsApplied: await count(db, 'proposal', `SELECT count(*) AS n FROM proposal_timeline WHERE proposal_id = ANY($1::uuid[]) AND event_type = 'ContractActivated' AND direction = 'CONSUMED'`, [proposalIds]),
  };
}

/** The effects of `n` INSS proposals of `term` months, each applied exactly once. */
export function exactlyOnce(n: number, term: number): Effects {
  return {
    proposals: n,
    contracted: n,
    contracts: n,
    contractInstallments: n * term,
    averbationsRegistered: n,
    dataprevRegistrations: n,
    billings: n,
    billingInstallments: n * term,
    activationNotices: n,
    activationsApplied: n,
  };
}
