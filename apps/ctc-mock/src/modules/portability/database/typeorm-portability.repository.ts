import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { IsoDate } from '@consignado/finance';
import type { Portability } from '../domain/portability';
import { toDomain, toRow } from './portability.mapper';
import { PortabilityRow } from './portability.orm-entity';
import type { IdempotencyInput, PortabilityFilter, PortabilityRepository } from './portability.repository';

@Injectable()
export class TypeOrmPortabilityRepository implements PortabilityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async nextSequence(manager: EntityManager): Promise<bigint> {
    const [{ n }] = (await manager.query(`SELECT nextval('portability_nu_seq')::text AS n`)) as Array<{ n: string }>;
    return BigInt(n);
  }

  async insert(manager: EntityManager, p: Portability, idempotency?: IdempotencyInput): Promise<boolean> {
    const row = { ...toRow(p), idempotencyKey: idempotency?.key ?? null, requestFingerprint: idempotency?.fingerprint ?? null };
    const result = await manager.createQueryBuilder().insert().into(PortabilityRow).values(row).orIgnore().returning('nu').execute();
    return (result.raw as unknown[]).length === 1;
  }

  async lock(manager: EntityManager, nu: string): Promise<Portability | undefined> {
    const row = await manager.getRepository(PortabilityRow).findOne({ where: { nu }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(row) : undefined;
  }

  async save(manager: EntityManager, p: Portability): Promise<void> {
    const { nu, ...changed } = toRow(p);
    await manager.getRepository(PortabilityRow).update({ nu }, changed);
  }

  async find(nu: string): Promise<Portability | undefined> {
    const row = await this.dataSource.getRepository(PortabilityRow).findOneBy({ nu });
    return row ? toDomain(row) : undefined;
  }

  async findByIdempotencyKey(destinationIspb: string, key: string): Promise<{ nu: string; fingerprint: string } | undefined> {
    const row = await this.dataSource.getRepository(PortabilityRow).findOne({ where: { destinationIspb, idempotencyKey: key }, select: { nu: true, requestFingerprint: true } });
    return row ? { nu: row.nu, fingerprint: row.requestFingerprint ?? '' } : undefined;
  }

  async lockOverdue(manager: EntityManager, today: IsoDate, limit: number): Promise<Portability[]> {
    const rows = await manager
      .getRepository(PortabilityRow)
      .createQueryBuilder('p')
      .where(`(p.status = 'PENDING' AND p.answer_deadline < :today) OR (p.status = 'ACCEPTED_SETTLEMENT_IN_PROGRESS' AND p.due_balance_limit_date < :today)`, { today: today.toString() })
      .orderBy('p.nu')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    return rows.map(toDomain);
  }

  async list(filter: PortabilityFilter): Promise<Portability[]> {
    const { limit, ...where } = filter;
    const defined = Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined));
    const rows = await this.dataSource.getRepository(PortabilityRow).find({ where: defined, order: { requestedAt: 'DESC', nu: 'DESC' }, take: limit });
    return rows.map(toDomain);
  }
}
