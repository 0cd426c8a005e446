import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, MoreThanOrEqual } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { Analysis } from '../domain/analysis';
import { toDomain, toRow } from './analysis.mapper';
import { AnalysisRow } from './analysis.orm-entity';

export const ANALYSIS_REPOSITORY = Symbol('ANALYSIS_REPOSITORY');

/** Port: where analyses are kept. Writes take the caller's transaction (the consumer's). */
export interface AnalysisRepository {
  /** Loads and locks the row until the transaction ends (events of one proposal arrive on several topics). */
  findForUpdate(manager: EntityManager, proposalId: string): Promise<Analysis | undefined>;
  insert(manager: EntityManager, analysis: Analysis): Promise<void>;
  update(manager: EntityManager, analysis: Analysis): Promise<void>;
  findById(proposalId: string): Promise<Analysis | undefined>;
  /** Analyses of the customer created since `since`: each a credit inquiry (seed 004 consultas). */
  countSince(manager: EntityManager, customerId: string, since: Date): Promise<number>;
}

@Injectable()
export class TypeOrmAnalysisRepository implements AnalysisRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async findForUpdate(manager: EntityManager, proposalId: string): Promise<Analysis | undefined> {
    const row = await manager.getRepository(AnalysisRow).findOne({ where: { proposalId }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(this.cipher, row) : undefined;
  }

  async insert(manager: EntityManager, analysis: Analysis): Promise<void> {
    await manager.getRepository(AnalysisRow).insert(toRow(this.cipher, analysis));
  }

  async update(manager: EntityManager, analysis: Analysis): Promise<void> {
    const { proposalId, ...changes } = toRow(this.cipher, analysis);
    await manager.getRepository(AnalysisRow).update({ proposalId }, changes);
  }

  async findById(proposalId: string): Promise<Analysis | undefined> {
    const row = await this.dataSource.getRepository(AnalysisRow).findOneBy({ proposalId });
    return row ? toDomain(this.cipher, row) : undefined;
  }

  countSince(manager: EntityManager, customerId: string, since: Date): Promise<number> {
    return manager.getRepository(AnalysisRow).countBy({ customerId, createdAt: MoreThanOrEqual(since) });
  }
}
