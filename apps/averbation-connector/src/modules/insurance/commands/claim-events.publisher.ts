import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import type { InsuranceClaim } from '../domain/insurance-claim';

/** Pulls what a claim raised into the outbox, in the caller's transaction, caused by loan's InsuranceClaimRequested. */
@Injectable()
export class ClaimEventsPublisher {
  constructor(private readonly publisher: EventPublisher) {}

  async publish(manager: EntityManager, claim: InsuranceClaim): Promise<void> {
    // Only the stored id and metadata of the cause are read (see Cause).
    const cause = claim.snapshot.request as EventEnvelope;
    for (const e of claim.pullEvents()) {
      if (e.type === 'InsuranceClaimPaid') await this.publisher.publish(manager, e.type, { payload: e.payload }, cause);
      else await this.publisher.publish(manager, e.type, { payload: e.payload }, cause);
    }
  }
}
