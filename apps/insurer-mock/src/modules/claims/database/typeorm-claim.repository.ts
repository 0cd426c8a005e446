import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Claim } from '../domain/claim';
import { toDomain, toRow } from './claim.mapper';
import { ClaimRow } from './claim.orm-entities';
import type { ClaimFilter, ClaimRepository } from './claim.repository';

@Injectable()
export class TypeOrmClaimRepository implements ClaimRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async nextSequence(manager: EntityManager): Promise<bigint> {
    const [{ n }] = (await manager.query(`SELECT nextval('claim_number_seq')::text AS n`)) as Array<{ n: string }>;
    return BigInt(n);
  }

  async insert(manager: EntityManager, claim: Claim): Promise<boolean> {
    const result = await manager.createQueryBuilder().insert().into(ClaimRow).values(toRow(claim)).orIgnore().returning('claim_id').execute();
    return (result.raw as unknown[]).length === 1;
  }

  async lock(manager: EntityManager, claimId: string): Promise<Claim | undefined> {
    const row = await manager.getRepository(ClaimRow).findOne({ where: { claimId }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(row) : undefined;
  }

  async save(manager: EntityManager, claim: Claim): Promise<void> {
    const { claimId, status } = toRow(claim);
    await manager.getRepository(ClaimRow).update({ claimId }, { status });
  }

  async find(claimId: string): Promise<Claim | undefined> {
    const row = await this.dataSource.getRepository(ClaimRow).findOneBy({ claimId });
    return row ? toDomain(row) : undefined;
  }

  async findByPolicy(policyNumber: string): Promise<Claim | undefined> {
    const row = await this.dataSource.getRepository(ClaimRow).findOneBy({ policyNumber });
    return row ? toDomain(row) : undefined;
  }

  async list(filter: ClaimFilter): Promise<Claim[]> {
    const { limit, ...where } = filter;
    const defined = Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined));
    const rows = await this.dataSource.getRepository(ClaimRow).find({ where: defined, order: { filedAt: 'DESC', claimId: 'DESC' }, take: limit });
    return rows.map(toDomain);
  }
}
