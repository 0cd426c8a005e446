import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PlannedAction, SimulatedAction } from '../domain/simulated-action';
import { ScheduledActionRow } from './simulation.orm-entities';

export const SCHEDULED_ACTIONS = Symbol('SCHEDULED_ACTIONS');

export interface DueAction {
  readonly id: string;
  readonly nu: string;
  readonly action: SimulatedAction;
}

/** Port: the simulated banks' moves waiting for their time. */
export interface ScheduledActionRepository {
  schedule(manager: EntityManager, nu: string, planned: readonly PlannedAction[], now: Date): Promise<void>;
  /** The oldest due move, locked; one another worker holds is skipped (SKIP LOCKED). */
  takeDue(manager: EntityManager, now: Date): Promise<DueAction | undefined>;
  finish(manager: EntityManager, id: string, outcome: string, at: Date): Promise<void>;
  /** After a crash of the move: tried again at `retryAt`. */
  retryLater(id: string, error: string, retryAt: Date): Promise<void>;
}

@Injectable()
export class TypeOrmScheduledActionRepository implements ScheduledActionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async schedule(manager: EntityManager, nu: string, planned: readonly PlannedAction[], now: Date): Promise<void> {
    if (planned.length === 0) return;
    const rows = planned.map((p) => ({ nu, action: p.action, dueAt: new Date(now.getTime() + p.delayMs), createdAt: now, attempts: 0 }));
    await manager.getRepository(ScheduledActionRow).insert(rows);
  }

  async takeDue(manager: EntityManager, now: Date): Promise<DueAction | undefined> {
    const row = await manager
      .getRepository(ScheduledActionRow)
      .createQueryBuilder('a')
      .where('a.done_at IS NULL AND a.due_at <= :now', { now })
      .orderBy('a.due_at')
      .addOrderBy('a.id')
      .limit(1)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getOne();
    return row ? { id: row.id, nu: row.nu, action: row.action as SimulatedAction } : undefined;
  }

  async finish(manager: EntityManager, id: string, outcome: string, at: Date): Promise<void> {
    await manager.getRepository(ScheduledActionRow).update({ id }, { doneAt: at, outcome });
  }

  async retryLater(id: string, error: string, retryAt: Date): Promise<void> {
    await this.dataSource.getRepository(ScheduledActionRow).increment({ id }, 'attempts', 1);
    await this.dataSource.getRepository(ScheduledActionRow).update({ id }, { dueAt: retryAt, lastError: error.slice(0, 500) });
  }
}
