import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { StoredResponse } from '../domain/idempotency';
import { IdempotencyKeyRow } from './idempotency-key.orm-entity';

export const IDEMPOTENCY_REPOSITORY = Symbol('IDEMPOTENCY_REPOSITORY');

export interface IdempotencyRecord extends StoredResponse {
  readonly scope: string;
  readonly key: string;
  readonly proposalId: string;
  readonly createdAt: Date;
}

/** Port: first answers to idempotent POSTs (R-PR-7). */
export interface IdempotencyRepository {
  find(scope: string, key: string): Promise<StoredResponse | undefined>;
  /** In the proposal's transaction; a concurrent twin makes it fail on the primary key. */
  save(manager: EntityManager, record: IdempotencyRecord): Promise<void>;
}

@Injectable()
export class TypeOrmIdempotencyRepository implements IdempotencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(scope: string, key: string): Promise<StoredResponse | undefined> {
    const row = await this.dataSource.getRepository(IdempotencyKeyRow).findOneBy({ scope, key });
    return row ? { fingerprint: row.fingerprint, status: row.responseStatus, body: row.responseBody } : undefined;
  }

  async save(manager: EntityManager, record: IdempotencyRecord): Promise<void> {
    const { scope, key, fingerprint, status, body, proposalId, createdAt } = record;
    await manager.getRepository(IdempotencyKeyRow).insert({ scope, key, fingerprint, responseStatus: status, responseBody: body as object, proposalId, createdAt });
  }
}
