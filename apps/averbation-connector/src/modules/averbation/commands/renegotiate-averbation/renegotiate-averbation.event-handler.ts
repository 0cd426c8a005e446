import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { renegotiationOf } from '../../domain/renegotiation';
import { RenegotiateAverbationHandler } from './renegotiate-averbation.handler';

/**
 * ContractActivated: only a RENEGOTIATION contract's (R-LN-8) concerns the connector — its late
 * predecessor's deduction is altered and handed to it; every other activation is consumed and
 * left. An activation that contradicts itself is dead-lettered (AVERBATION.RENEGOTIATION_INVALID).
 */
@Injectable()
export class RenegotiateAverbationEventHandler {
  constructor(private readonly renegotiate: RenegotiateAverbationHandler) {}

  @HandlesEvent('ContractActivated')
  async handle(event: EventEnvelope<'ContractActivated'>, ctx: EventContext): Promise<void> {
    const renegotiation = renegotiationOf(event);
    if (renegotiation) await this.renegotiate.execute(ctx.manager, event, renegotiation);
  }
}
