import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContractStatus } from '../../contract/domain/contract-status';
import type { CustomerContract } from '../domain/erasure-verdict';

export const CUSTOMER_CONTRACTS = Symbol('CUSTOMER_CONTRACTS');

/** Port: a customer's contracts as the erasure decision needs them, in the caller's transaction. */
export interface CustomerContracts {
  /** Serialises, until the transaction ends, every erasure decision of one customer. */
  lockCustomer(manager: EntityManager, customerId: string): Promise<void>;
  /** Every contract of the customer, with its closing time (settled or cancelled), rows locked; oldest first. */
  ofCustomer(manager: EntityManager, customerId: string): Promise<CustomerContract[]>;
  /** Loan's personal columns of the customer's contracts set to null (benefit number, CPF kept for Dataprev); how many contracts. */
  anonymize(manager: EntityManager, customerId: string): Promise<number>;
}

@Injectable()
export class SqlCustomerContracts implements CustomerContracts {
  async lockCustomer(manager: EntityManager, customerId: string): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('loan.customer:' || $1))", [customerId]);
  }

  async ofCustomer(manager: EntityManager, customerId: string): Promise<CustomerContract[]> {
    const rows: Array<{ id: string; status: ContractStatus; closed_at: Date | null }> = await manager.query(
      `SELECT id, status, COALESCE(settled_at, cancelled_at) AS closed_at FROM contract WHERE customer_id = $1 ORDER BY booked_at, id FOR UPDATE`,
      [customerId],
    );
    return rows.map((r) => ({ contractId: r.id, status: r.status, closedAt: r.closed_at ?? undefined }));
  }

  async anonymize(manager: EntityManager, customerId: string): Promise<number> {
    const [, count] = (await manager.query('UPDATE contract SET benefit_number = NULL, pending_averbation_cpf = NULL WHERE customer_id = $1', [customerId])) as [unknown, number];
    return count;
  }
}
