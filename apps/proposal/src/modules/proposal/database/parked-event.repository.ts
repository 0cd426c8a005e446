import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import type { ConsumedEventType } from '../domain/consumed-event';
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
  async park(manager: EntityManager, proposalId: string, envelope: EventEnvelope<ConsumedEventType>, now: Date): Promise<void> {
    await manager.getRepository(ParkedEventRow).insert({ proposalId, eventId: envelope.eventId, eventType: envelope.eventType, envelope, parkedAt: now });
  }

  async list(manager: EntityManager, proposalId: string): Promise<Array<EventEnvelope<ConsumedEventType>>> {
    const rows = await manager.getRepository(ParkedEventRow).find({ where: { proposalId }, order: { seq: 'ASC' } });
    return rows.map((row) => row.envelope as EventEnvelope<ConsumedEventType>);
  }

  async remove(manager: EntityManager, eventId: string): Promise<void> {
    await manager.getRepository(ParkedEventRow).delete({ eventId });
  }
}
