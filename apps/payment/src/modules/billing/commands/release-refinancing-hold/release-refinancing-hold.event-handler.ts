import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { ReleaseRefinancingHoldHandler } from './release-refinancing-hold.handler';

/** AverbationFailed (final) → the failed proposal's refinancing hold, if any, ends. */
@Injectable()
export class ReleaseRefinancingHoldEventHandler {
  private readonly logger = new Logger('ReleaseRefinancingHold');

  constructor(private readonly handler: ReleaseRefinancingHoldHandler) {}

  @HandlesEvent('AverbationFailed')
  async onAverbationFailed(event: EventEnvelope<'AverbationFailed'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx.manager);
    if (outcome === 'RELEASED') this.logger.log('AverbationFailed: refinancing hold released', { proposalId: event.payload.proposalId, code: event.payload.code });
  }
}
