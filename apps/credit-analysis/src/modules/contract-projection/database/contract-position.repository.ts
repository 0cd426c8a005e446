import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { ProjectedContract } from '../domain/projected-contract';
import { toProjected, toStoredPayload } from './contract-position.mapper';
import { ContractPositionRow } from './contract-position.orm-entity';

export const CONTRACT_POSITIONS = Symbol('CONTRACT_POSITIONS');

/** Port: the projection of the customers' contracts. Writes take the caller's (the consumer's) transaction. */
export interface ContractPositions {
  /** Stores `contract` unless an equal or higher revision is stored; true when it was stored. */
  keepIfNewer(manager: EntityManager, contract: ProjectedContract, now: Date): Promise<boolean>;
  find(manager: EntityManager, contractId: string): Promise<ProjectedContract | undefined>;
  ofCustomer(manager: EntityManager, customerId: string): Promise<ProjectedContract[]>;
  findById(contractId: string): Promise<ProjectedContract | undefined>;
}

@Injectable()
export class TypeOrmContractPositions implements ContractPositions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async keepIfNewer(manager: EntityManager, c: ProjectedContract, now: Date): Promise<boolean> {
    // One statement, so two revisions of one contract racing each other still end on the highest.
    const rows = (await manager.query(
      `INSERT INTO contract_position (contract_id, customer_id, revision, status, product, payload, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (contract_id) DO UPDATE
         SET customer_id = EXCLUDED.customer_id, revision = EXCLUDED.revision, status = EXCLUDED.status, product = EXCLUDED.product,
             payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at
         WHERE contract_position.revision < EXCLUDED.revision
       RETURNING contract_id`,
      [c.contractId, c.customerId, c.revision, c.status, c.product, JSON.stringify(toStoredPayload(this.cipher, c.payload)), now],
    )) as unknown[];
    return rows.length > 0;
  }

  async find(manager: EntityManager, contractId: string): Promise<ProjectedContract | undefined> {
    const row = await manager.getRepository(ContractPositionRow).findOneBy({ contractId });
    return row ? toProjected(this.cipher, row) : undefined;
  }

  async ofCustomer(manager: EntityManager, customerId: string): Promise<ProjectedContract[]> {
    const rows = await manager.getRepository(ContractPositionRow).find({ where: { customerId }, order: { contractId: 'ASC' } });
    return rows.map((row) => toProjected(this.cipher, row));
  }

  async findById(contractId: string): Promise<ProjectedContract | undefined> {
    return this.find(this.dataSource.manager, contractId);
  }
}
