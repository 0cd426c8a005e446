import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type FindOptionsWhere, MoreThan, Not } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { writeRows } from '@consignado/eventing';
import type { Contract } from '../domain/contract';
import { toContract, toContractRow, toInstallmentRows } from './contract.mapper';
import { ContractRow } from './contract.orm-entity';
import { InstallmentRow } from './installment.orm-entity';

export const CONTRACT_REPOSITORY = Symbol('CONTRACT_REPOSITORY');

/** Port: where contracts live. `…ForUpdate` reads lock the row until the caller's transaction ends. */
export interface ContractRepository {
  /**
   * Serialises, until the transaction ends, everything done for one proposal: an approval and a
   * cancellation of the same proposal arrive on different topics and may be handled at once.
   */
  lockProposal(manager: EntityManager, proposalId: string): Promise<void>;
  findForUpdate(manager: EntityManager, id: string): Promise<Contract | undefined>;
  findByProposalForUpdate(manager: EntityManager, proposalId: string): Promise<Contract | undefined>;
  insert(manager: EntityManager, contract: Contract): Promise<void>;
  update(manager: EntityManager, contract: Contract): Promise<void>;
  findById(id: string): Promise<Contract | undefined>;
  list(filter: { proposalId?: string; customerId?: string }): Promise<Contract[]>;
  /** Whether any contract was ever booked for the customer (seed 002 §7.2 "Cliente não encontrado"). */
  hasCustomer(customerId: string): Promise<boolean>;
}

/**
 * Unit of work for a contract's schedule: its rows as last read or written here, so an update
 * writes only the rows it changed (an activation none, a payment one) instead of the whole plan.
 */
type StoredRows = Map<number, string>;
const stored = (rows: InstallmentRow[]): StoredRows => new Map(rows.map((r) => [r.number, JSON.stringify(r)]));

@Injectable()
export class TypeOrmContractRepository implements ContractRepository {
  private readonly schedules = new WeakMap<Contract, StoredRows>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async lockProposal(manager: EntityManager, proposalId: string): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('loan.proposal:' || $1))", [proposalId]);
  }

  findForUpdate(manager: EntityManager, id: string): Promise<Contract | undefined> {
    return this.load(manager, { id }, true);
  }

  findByProposalForUpdate(manager: EntityManager, proposalId: string): Promise<Contract | undefined> {
    // The contract booked for the proposal: a RENEGOTIATION contract only keeps the proposal of the one it replaced.
    return this.load(manager, { proposalId, operationType: Not('RENEGOTIATION') }, true);
  }

  async insert(manager: EntityManager, contract: Contract): Promise<void> {
    await manager.getRepository(ContractRow).insert(toContractRow(this.cipher, contract));
    const rows = toInstallmentRows(contract);
    await writeRows(manager, InstallmentRow, rows);
    this.schedules.set(contract, stored(rows));
  }

  async update(manager: EntityManager, contract: Contract): Promise<void> {
    const { id, ...changes } = toContractRow(this.cipher, contract);
    await manager.getRepository(ContractRow).update({ id }, changes);
    const rows = toInstallmentRows(contract);
    const before = this.schedules.get(contract);
    const after = stored(rows);
    // The changed and new rows in one statement (a contract not read here: all of them).
    const changed = rows.filter((r) => before?.get(r.number) !== after.get(r.number));
    if (changed.length > 0) await writeRows(manager, InstallmentRow, changed, { onConflict: ['contractId', 'number'] });
    // An amortization reducing the term leaves fewer rows: the plan's last one is the contract's last.
    if (!before || before.size > rows.length) await manager.getRepository(InstallmentRow).delete({ contractId: id, number: MoreThan(rows.length) });
    this.schedules.set(contract, after);
  }

  findById(id: string): Promise<Contract | undefined> {
    return this.load(this.dataSource.manager, { id }, false);
  }

  async list(filter: { proposalId?: string; customerId?: string }): Promise<Contract[]> {
    const rows = await this.dataSource.getRepository(ContractRow).find({ where: filter, order: { bookedAt: 'ASC' } });
    return Promise.all(rows.map(async (row) => toContract(this.cipher, row, await this.installments(this.dataSource.manager, row.id))));
  }

  hasCustomer(customerId: string): Promise<boolean> {
    return this.dataSource.getRepository(ContractRow).exists({ where: { customerId } });
  }

  private async load(manager: EntityManager, where: FindOptionsWhere<ContractRow>, lock: boolean): Promise<Contract | undefined> {
    const row = await manager.getRepository(ContractRow).findOne({ where, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!row) return undefined;
    const contract = toContract(this.cipher, row, await this.installments(manager, row.id));
    // As the mapper writes them, so an unchanged row compares equal whatever the driver returned.
    this.schedules.set(contract, stored(toInstallmentRows(contract)));
    return contract;
  }

  private installments(manager: EntityManager, contractId: string): Promise<InstallmentRow[]> {
    return manager.getRepository(InstallmentRow).find({ where: { contractId }, order: { number: 'ASC' } });
  }
}
