import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { TimelineEntry } from '../domain/timeline';
import { TimelineEntryRow } from './timeline-entry.orm-entity';
import { toTimelineEntry, toTimelineRow } from './timeline.mapper';

export const TIMELINE_REPOSITORY = Symbol('TIMELINE_REPOSITORY');

/** Port: the proposal timeline (R-PR-2). */
export interface TimelineRepository {
  append(manager: EntityManager, entry: TimelineEntry): Promise<void>;
  /** In the order the proposal recorded them. */
  list(proposalId: string): Promise<TimelineEntry[]>;
}

@Injectable()
export class TypeOrmTimelineRepository implements TimelineRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async append(manager: EntityManager, entry: TimelineEntry): Promise<void> {
    await manager.getRepository(TimelineEntryRow).insert(toTimelineRow(entry, this.cipher));
  }

  async list(proposalId: string): Promise<TimelineEntry[]> {
    const rows = await this.dataSource.getRepository(TimelineEntryRow).find({ where: { proposalId }, order: { seq: 'ASC' } });
    return rows.map((row) => toTimelineEntry(row, this.cipher));
  }
}
