import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { ApplyErasureHandler } from './apply-erasure.handler';

/** DataSubjectErasureDecided (loan) → the customer's personal data erased here, or kept (RETAIN). */
@Injectable()
export class ApplyErasureEventHandler {
  constructor(private readonly apply: ApplyErasureHandler) {}

  @HandlesEvent('DataSubjectErasureDecided')
  async onErasureDecided(event: EventEnvelope<'DataSubjectErasureDecided'>, ctx: EventContext): Promise<void> {
    await this.apply.execute(ctx.manager, event.payload);
  }
}
