import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { EventOutcome } from '../domain/consumed-event';
import type { ProposalState } from '../domain/proposal-state';
import type { TimelineEntry } from '../domain/timeline';
import { TimelineEntryRow } from './timeline-entry.orm-entity';

export const TIMELINE_REPOSITORY = Symbol('TIMELINE_REPOSITORY');

/** Port: the proposal timeline (R-PR-2). */
export interface TimelineRepository {
  append(manager: EntityManager, entry: TimelineEntry): Promise<void>;
  /** In the order the proposal recorded them. */
  list(proposalId: string): Promise<TimelineEntry[]>;
}

@Injectable()
export class TypeOrmTimelineRepository implements TimelineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(manager: EntityManager, entry: TimelineEntry): Promise<void> {
    await manager.getRepository(TimelineEntryRow).insert({ ...entry, occurredAt: new Date(entry.occurredAt) });
  }

  async list(proposalId: string): Promise<TimelineEntry[]> {
    const rows = await this.dataSource.getRepository(TimelineEntryRow).find({ where: { proposalId }, order: { seq: 'ASC' } });
    return rows.map((row) => ({
      proposalId: row.proposalId,
      eventId: row.eventId,
      eventType: row.eventType,
      direction: row.direction as TimelineEntry['direction'],
      outcome: row.outcome as EventOutcome,
      occurredAt: row.occurredAt.toISOString(),
      correlationId: row.correlationId,
      causationId: row.causationId,
      stateAfter: row.stateAfter as ProposalState,
      summary: row.summary,
    }));
  }
}
