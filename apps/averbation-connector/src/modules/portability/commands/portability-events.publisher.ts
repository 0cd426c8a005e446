import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import type { PortabilityIn } from '../domain/portability-in';
import type { PortabilityInEvent } from '../domain/portability-in-events';
import type { PortabilityOut } from '../domain/portability-out';

/**
 * Pulls what a portability raised into the outbox, in the caller's transaction. Events of a
 * portability in are caused by the request of their phase (PortabilityBalanceRequested, then
 * PortabilityTransferRequested); those of a portability out come from the feed and carry the
 * flow's own correlationId.
 */
@Injectable()
export class PortabilityEventsPublisher {
  constructor(private readonly publisher: EventPublisher) {}

  async publishIn(manager: EntityManager, portability: PortabilityIn): Promise<void> {
    const s = portability.snapshot;
    // Only the stored id and metadata of the cause are read (see Cause).
    const balance = s.balanceCause as EventEnvelope;
    const transfer = (s.transferCause ?? s.balanceCause) as EventEnvelope;
    for (const event of portability.pullEvents()) await this.publishInEvent(manager, event, balance, transfer);
  }

  async publishOut(manager: EntityManager, portability: PortabilityOut): Promise<void> {
    const metadata = { correlationId: portability.snapshot.correlationId, channel: 'SYSTEM' as const };
    for (const e of portability.pullEvents()) {
      if (e.type === 'PortabilityOutRequested') await this.publisher.publish(manager, e.type, { payload: e.payload, metadata });
      else await this.publisher.publish(manager, e.type, { payload: e.payload, metadata });
    }
  }

  private async publishInEvent(manager: EntityManager, e: PortabilityInEvent, balance: EventEnvelope, transfer: EventEnvelope): Promise<void> {
    if (e.type === 'PortabilityBalanceReceived') await this.publisher.publish(manager, e.type, { payload: e.payload }, balance);
    else if (e.type === 'PortabilityRequestFailed') await this.publisher.publish(manager, e.type, { payload: e.payload }, balance);
    else if (e.type === 'PortabilityTransferCompleted') await this.publisher.publish(manager, e.type, { payload: e.payload }, transfer);
    else await this.publisher.publish(manager, e.type, { payload: e.payload }, transfer);
  }
}
