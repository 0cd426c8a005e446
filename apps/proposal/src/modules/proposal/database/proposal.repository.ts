import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { Principal } from '../../access/domain/principal';
import type { Proposal } from '../domain/proposal';
import { toDomain, toRow } from './proposal.mapper';
import { ProposalRow } from './proposal.orm-entity';

export const PROPOSAL_REPOSITORY = Symbol('PROPOSAL_REPOSITORY');

export interface ProposalListFilter {
  readonly viewer: Principal;
  readonly customerId?: string;
  readonly limit: number;
}

/** Port: where proposals live. Writes take the caller's transaction. */
export interface ProposalRepository {
  insert(manager: EntityManager, proposal: Proposal): Promise<void>;
  update(manager: EntityManager, proposal: Proposal): Promise<void>;
  /** Reads and row-locks the proposal for the rest of the transaction (HTTP and consumers serialize on it). */
  lock(manager: EntityManager, id: string): Promise<Proposal | undefined>;
  findById(id: string): Promise<Proposal | undefined>;
  /**
   * APPROVED proposals whose issued contract is past its acceptance deadline (R-LN-9), oldest
   * deadline first, row-locked; rows another transaction holds are skipped (several instances).
   */
  lockOverdueAcceptances(manager: EntityManager, now: Date, limit: number): Promise<Proposal[]>;
  /** Newest first, only those the viewer may see (R-PR-1). */
  list(filter: ProposalListFilter): Promise<Proposal[]>;
}

@Injectable()
export class TypeOrmProposalRepository implements ProposalRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async insert(manager: EntityManager, proposal: Proposal): Promise<void> {
    await manager.getRepository(ProposalRow).insert(toRow(proposal, this.cipher));
  }

  async update(manager: EntityManager, proposal: Proposal): Promise<void> {
    const { id, ...changes } = toRow(proposal, this.cipher);
    await manager.getRepository(ProposalRow).update({ id }, changes);
  }

  async lock(manager: EntityManager, id: string): Promise<Proposal | undefined> {
    const row = await manager.getRepository(ProposalRow).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(row, this.cipher) : undefined;
  }

  async findById(id: string): Promise<Proposal | undefined> {
    const row = await this.dataSource.getRepository(ProposalRow).findOneBy({ id });
    return row ? toDomain(row, this.cipher) : undefined;
  }

  async lockOverdueAcceptances(manager: EntityManager, now: Date, limit: number): Promise<Proposal[]> {
    const rows = await manager.getRepository(ProposalRow).createQueryBuilder('p')
      .where('p.state = :state AND p.acceptanceDueAt < :now', { state: 'APPROVED', now })
      .orderBy('p.acceptanceDueAt').limit(limit)
      .setLock('pessimistic_write').setOnLocked('skip_locked')
      .getMany();
    return rows.map((row) => toDomain(row, this.cipher));
  }

  async list(filter: ProposalListFilter): Promise<Proposal[]> {
    const where: FindOptionsWhere<ProposalRow> = { ...(filter.customerId ? { customerId: filter.customerId } : {}), ...visibleTo(filter.viewer) };
    const rows = await this.dataSource.getRepository(ProposalRow).find({ where, order: { createdAt: 'DESC' }, take: filter.limit });
    return rows.map((row) => toDomain(row, this.cipher));
  }
}

/** The SQL side of Proposal.isVisibleTo. */
function visibleTo(viewer: Principal): FindOptionsWhere<ProposalRow> {
  if (viewer.channel === 'CORBAN') return { channel: 'CORBAN', partnerId: viewer.partnerId };
  if (viewer.channel === 'DIGITAL') return { customerId: viewer.customerId };
  return {};
}
