import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import type { Disbursement } from '../domain/disbursement';

/** Pulls what a disbursement raised into the outbox, in the caller's transaction, caused by payment's FundsReleaseRequested. */
@Injectable()
export class DisbursementEventsPublisher {
  constructor(private readonly publisher: EventPublisher) {}

  async publish(manager: EntityManager, disbursement: Disbursement): Promise<void> {
    // Only the stored id and metadata of the cause are read (see Cause).
    const cause = disbursement.snapshot.request as EventEnvelope;
    for (const e of disbursement.pullEvents()) {
      if (e.type === 'FundsReleased') await this.publisher.publish(manager, e.type, { payload: e.payload }, cause);
      else await this.publisher.publish(manager, e.type, { payload: e.payload }, cause);
    }
  }
}
