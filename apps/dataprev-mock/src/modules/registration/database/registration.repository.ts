import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Registration } from '../domain/registration';
import { toDomain, toRow } from './registration.mapper';
import { BenefitAccountRow, RegistrationRow } from './registration.orm-entity';

export const REGISTRATION_REPOSITORY = Symbol('REGISTRATION_REPOSITORY');

/** Port: the registry of averbações. Methods taking a manager run in the caller's transaction. */
export interface RegistrationRepository {
  /** Locks the benefit (creating its row on first use) until the transaction ends. */
  lockBenefit(manager: EntityManager, benefitNumber: string): Promise<void>;
  activeByBenefit(benefitNumber: string, manager?: EntityManager): Promise<Registration[]>;
  findByContract(manager: EntityManager, contractId: string): Promise<Registration | undefined>;
  /** With `lock`, the row stays locked until the transaction ends. */
  findByProtocol(manager: EntityManager, protocol: string, lock: boolean): Promise<Registration | undefined>;
  benefitOfProtocol(protocol: string): Promise<string | undefined>;
  /** "DTP-2025-000000123": year of registration and a registry-wide sequence. */
  nextProtocol(manager: EntityManager, now: Date): Promise<string>;
  save(manager: EntityManager, registrations: readonly Registration[]): Promise<void>;
}

@Injectable()
export class TypeOrmRegistrationRepository implements RegistrationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lockBenefit(manager: EntityManager, benefitNumber: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(BenefitAccountRow).values({ benefitNumber }).orIgnore().execute();
    await manager.getRepository(BenefitAccountRow).findOne({ where: { benefitNumber }, lock: { mode: 'pessimistic_write' } });
  }

  async activeByBenefit(benefitNumber: string, manager: EntityManager = this.dataSource.manager): Promise<Registration[]> {
    const rows = await manager.getRepository(RegistrationRow).find({ where: { benefitNumber, status: 'ACTIVE' }, order: { registeredAt: 'ASC' } });
    return rows.map(toDomain);
  }

  async findByContract(manager: EntityManager, contractId: string): Promise<Registration | undefined> {
    const row = await manager.getRepository(RegistrationRow).findOne({ where: { contractId } });
    return row ? toDomain(row) : undefined;
  }

  async findByProtocol(manager: EntityManager, protocol: string, lock: boolean): Promise<Registration | undefined> {
    const row = await manager.getRepository(RegistrationRow).findOne({ where: { protocol }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return row ? toDomain(row) : undefined;
  }

  async benefitOfProtocol(protocol: string): Promise<string | undefined> {
    const row = await this.dataSource.getRepository(RegistrationRow).findOne({ where: { protocol }, select: { benefitNumber: true } });
    return row?.benefitNumber;
  }

  async nextProtocol(manager: EntityManager, now: Date): Promise<string> {
    const [{ n }] = (await manager.query(`SELECT nextval('registration_protocol_seq')::text AS n`)) as Array<{ n: string }>;
    return `DTP-${now.getUTCFullYear()}-${n.padStart(9, '0')}`;
  }

  async save(manager: EntityManager, registrations: readonly Registration[]): Promise<void> {
    // One upsert by protocol: `save` would read each row back first to choose INSERT or UPDATE.
    if (registrations.length > 0) await manager.getRepository(RegistrationRow).upsert(registrations.map(toRow), ['protocol']);
  }
}
