import { DISBURSEMENT_PENDING } from '../../disbursement/database/disbursement.repository';
import { PORTABILITY_IN_PENDING } from '../../portability/database/portability.repositories';

/**
 * Where an erasure finds a customer's rows and what it nulls (R-SEC-3). `match` takes $1 the
 * customer, $2 the request's proposals, $3 the customer's contracts (rows recorded before they had
 * a customer id are found by those). Ids, amounts, dates and statuses stay (accounting).
 */
export interface ErasureTarget {
  readonly table: string;
  readonly match: string;
  /** Statuses in which a worker still needs the row's data. */
  readonly pending: readonly string[];
  /** The SET list nulling the personal data. */
  readonly erase: string;
  /** The sealed benefit number's column and field, to forget the benefit's cached margin. */
  readonly benefit?: { column: string; field: string };
}

const AVERBATION_MATCH = `customer_id = $1 OR proposal_id = ANY($2::uuid[]) OR contract_id = ANY($3::uuid[])`;

export const ERASURE_TARGETS: readonly ErasureTarget[] = [
  {
    table: 'margin_check',
    match: `customer_id = $1 OR proposal_id = ANY($2::uuid[]) OR proposal_id IN (SELECT proposal_id FROM averbation WHERE ${AVERBATION_MATCH})`,
    pending: ['PENDING'],
    erase: `benefit_number = NULL, request = NULL`,
    benefit: { column: 'benefit_number', field: 'margin_check.benefit_number' },
  },
  {
    table: 'averbation',
    match: AVERBATION_MATCH,
    pending: ['PENDING_REGISTRATION', 'PENDING_CANCELLATION'],
    erase: `benefit_number = NULL, request = request #- '{payload,cpf}' #- '{payload,benefitNumber}'`,
    benefit: { column: 'benefit_number', field: 'averbation.benefit_number' },
  },
  {
    table: 'averbation_alteration',
    match: `id IN (SELECT id FROM averbation WHERE ${AVERBATION_MATCH}) OR contract_id = ANY($3::uuid[])`,
    pending: ['PENDING'],
    erase: `benefit_number = NULL`,
  },
  { table: 'portability_in', match: AVERBATION_MATCH, pending: PORTABILITY_IN_PENDING, erase: `cpf = NULL` },
  { table: 'disbursement', match: `customer_id = $1 OR contract_id = ANY($3::uuid[]) OR contract_id IN (SELECT contract_id FROM averbation WHERE proposal_id = ANY($2::uuid[]))`, pending: DISBURSEMENT_PENDING, erase: `account = NULL, holder_cpf = NULL` },
];
