import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { FieldCipher } from '@consignado/core';
import type { ConsumedEventType } from '../domain/consumed-event';
import { toParkedEnvelope, toParkedRow } from './parked-event.mapper';
import { ParkedEventRow } from './parked-event.orm-entity';

export const PARKED_EVENT_REPOSITORY = Symbol('PARKED_EVENT_REPOSITORY');

/** Port: events parked ahead of their proposal's state; always used under the proposal's row lock. */
export interface ParkedEventRepository {
  park(manager: EntityManager, proposalId: string, envelope: EventEnvelope<ConsumedEventType>, now: Date): Promise<void>;
  /** In arrival order. */
  list(manager: EntityManager, proposalId: string): Promise<Array<EventEnvelope<ConsumedEventType>>>;
  remove(manager: EntityManager, eventId: string): Promise<void>;
}

@Injectable()
export class TypeOrmParkedEventRepository implements ParkedEventRepository {
  constructor(@Inject(FieldCipher) private readonly cipher: FieldCipher) {}

  async park(manager: EntityManager, proposalId: string, envelope: EventEnvelope<ConsumedEventType>, now: Date): Promise<void> {
    await manager.getRepository(ParkedEventRow).insert(toParkedRow(proposalId, envelope, now, this.cipher));
  }

  async list(manager: EntityManager, proposalId: string): Promise<Array<EventEnvelope<ConsumedEventType>>> {
    const rows = await manager.getRepository(ParkedEventRow).find({ where: { proposalId }, order: { seq: 'ASC' } });
    return rows.map((row) => toParkedEnvelope(row, this.cipher));
  }

  async remove(manager: EntityManager, eventId: string): Promise<void> {
    await manager.getRepository(ParkedEventRow).delete({ eventId });
  }
}
