import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { claimDue, type JobTable, type Leased, releaseLease } from './lease';

interface Job {
  readonly snapshot: { readonly id: string };
}

export interface JobStoreOptions<D extends Job, R extends ObjectLiteral> {
  entity: EntityTarget<R>;
  table: JobTable;
  pendingStatuses: readonly string[];
  toDomain: (row: R) => D;
  toRow: (job: D) => Omit<R, 'leaseToken' | 'leaseExpiresAt'>;
}

/**
 * What the job tables of the portability and insurance modules do the same way as the
 * averbations: find and lock in the caller's transaction, claim due rows with a lease (FOR UPDATE
 * SKIP LOCKED), write a worker's outcome only while its lease holds.
 */
export class JobStore<D extends Job, R extends ObjectLiteral & { id: string }> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly o: JobStoreOptions<D, R>,
  ) {}

  async lockBy(manager: EntityManager, where: FindOptionsWhere<R>): Promise<D | undefined> {
    const row = await manager.getRepository(this.o.entity).findOne({ where, lock: { mode: 'pessimistic_write' } });
    return row ? this.o.toDomain(row) : undefined;
  }

  async insert(manager: EntityManager, job: D): Promise<void> {
    await manager.getRepository(this.o.entity).insert({ ...this.o.toRow(job), leaseToken: null, leaseExpiresAt: null } as unknown as R);
  }

  /** Saves the state; a lease held by a worker is kept (its call's outcome is weighed against the new state). */
  async update(manager: EntityManager, job: D): Promise<void> {
    const { id, ...columns } = this.o.toRow(job) as { id: string } & Record<string, unknown>;
    await manager.getRepository(this.o.entity).update({ id } as FindOptionsWhere<R>, columns as never);
  }

  async claimDue(limit: number, leaseMs: number): Promise<Array<Leased<D>>> {
    const { ids, token } = await claimDue(this.dataSource, { table: this.o.table, pendingStatuses: this.o.pendingStatuses, limit, leaseMs });
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(this.o.entity).findBy({ id: In(ids) } as FindOptionsWhere<R>);
    return rows.map((row) => ({ job: this.o.toDomain(row), token, trace: (row as { traceContext?: Record<string, string> | null }).traceContext ?? undefined }));
  }

  /** The job if this lease still holds it, locked; undefined when the lease was lost. */
  lockLeased(manager: EntityManager, leased: Leased<D>): Promise<D | undefined> {
    return this.lockBy(manager, { id: leased.job.snapshot.id, leaseToken: leased.token } as unknown as FindOptionsWhere<R>);
  }

  /** Saves a worker's outcome and releases its lease. */
  async complete(manager: EntityManager, job: D): Promise<void> {
    const { id, ...columns } = this.o.toRow(job) as { id: string } & Record<string, unknown>;
    await manager.getRepository(this.o.entity).update({ id } as FindOptionsWhere<R>, { ...columns, leaseToken: null, leaseExpiresAt: null } as never);
  }

  release(leased: Leased<D>): Promise<void> {
    return releaseLease(this.dataSource, this.o.table, leased.job.snapshot.id, leased.token);
  }

  async find(where: FindOptionsWhere<R>): Promise<R | undefined> {
    return (await this.dataSource.getRepository(this.o.entity).findOne({ where })) ?? undefined;
  }

  findAll(where: FindOptionsWhere<R>): Promise<R[]> {
    return this.dataSource.getRepository(this.o.entity).find({ where, order: { updatedAt: 'ASC' } as never });
  }
}
