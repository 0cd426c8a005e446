import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { Disbursement } from '../domain/disbursement';
import { type AttemptRow, type DisbursementRow, toAttemptRow, toDisbursement, toDisbursementRow } from './disbursement.mapper';
import { upsert } from './upsert';

export const DISBURSEMENT_REPOSITORY = Symbol('DISBURSEMENT_REPOSITORY');

/** The per-customer transaction lock of the release of funds ($1 = customerId); erasure takes it too. */
export const CUSTOMER_DISBURSEMENT_LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('disbursement:' || $1, 0))`;

/** Port: disbursements by contract with their attempts. Writers hold the customer's lock (`lockCustomer`) first. */
export interface DisbursementRepository {
  /**
   * Serializes, per customer, whatever asks for a release (activation, a new account, a failure,
   * a regret) until the transaction ends: an account arriving while an activation commits cannot miss it.
   */
  lockCustomer(manager: EntityManager, customerId: string): Promise<void>;
  /** The contract's loan release. */
  find(manager: EntityManager, contractId: string): Promise<Disbursement | undefined>;
  /** The contract's credit refunds, oldest first. */
  refunds(manager: EntityManager, contractId: string): Promise<Disbursement[]>;
  /** The disbursement one of whose attempts has this id. */
  findByAttempt(manager: EntityManager, disbursementId: string): Promise<Disbursement | undefined>;
  awaitingAccount(manager: EntityManager, customerId: string): Promise<Disbursement[]>;
  save(manager: EntityManager, disbursement: Disbursement): Promise<void>;
}

@Injectable()
export class SqlDisbursementRepository implements DisbursementRepository {
  constructor(@Inject(FieldCipher) private readonly cipher: FieldCipher) {}

  async lockCustomer(manager: EntityManager, customerId: string): Promise<void> {
    await manager.query(CUSTOMER_DISBURSEMENT_LOCK, [customerId]);
  }

  async find(manager: EntityManager, contractId: string): Promise<Disbursement | undefined> {
    return (await this.load(manager, `contract_id = $1 AND purpose = 'LOAN_RELEASE'`, [contractId]))[0];
  }

  refunds(manager: EntityManager, contractId: string): Promise<Disbursement[]> {
    return this.load(manager, `contract_id = $1 AND purpose = 'CREDIT_REFUND'`, [contractId]);
  }

  async findByAttempt(manager: EntityManager, disbursementId: string): Promise<Disbursement | undefined> {
    return (await this.load(manager, `id = (SELECT parent_id FROM disbursement_attempt WHERE disbursement_id = $1)`, [disbursementId]))[0];
  }

  awaitingAccount(manager: EntityManager, customerId: string): Promise<Disbursement[]> {
    return this.load(manager, `customer_id = $1 AND status = 'AWAITING_ACCOUNT'`, [customerId]);
  }

  async save(manager: EntityManager, disbursement: Disbursement): Promise<void> {
    const { attempts } = disbursement.snapshot;
    await upsert(manager, 'disbursement', 'id', toDisbursementRow(disbursement.snapshot));
    // A failed attempt first: the live index must see it FAILED before a new one is REQUESTED.
    const ordered = [...attempts].sort((a, b) => Number(b.status === 'FAILED') - Number(a.status === 'FAILED'));
    for (const attempt of ordered) await upsert(manager, 'disbursement_attempt', 'disbursement_id', toAttemptRow(this.cipher, disbursement.snapshot, attempt));
  }

  private async load(manager: EntityManager, where: string, params: unknown[]): Promise<Disbursement[]> {
    const rows = (await manager.query(`SELECT * FROM disbursement WHERE ${where} ORDER BY created_at, id`, params)) as DisbursementRow[];
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const attempts = (await manager.query(`SELECT * FROM disbursement_attempt WHERE parent_id = ANY($1::uuid[]) ORDER BY requested_at, disbursement_id`, [ids])) as AttemptRow[];
    return rows.map((r) => toDisbursement(this.cipher, r, attempts.filter((a) => a.parent_id === r.id)));
  }
}
