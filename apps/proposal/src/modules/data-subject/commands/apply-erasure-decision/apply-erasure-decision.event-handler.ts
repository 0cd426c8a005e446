import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { ApplyErasureDecisionHandler } from './apply-erasure-decision.handler';

/** DataSubjectErasureDecided (loan) → the request closes; on ANONYMIZE the customer is anonymized. */
@Injectable()
export class ApplyErasureDecisionEventHandler {
  constructor(@Inject(ApplyErasureDecisionHandler) private readonly handler: ApplyErasureDecisionHandler) {}

  @HandlesEvent('DataSubjectErasureDecided')
  async onDecided(event: EventEnvelope<'DataSubjectErasureDecided'>, ctx: EventContext): Promise<void> {
    await this.handler.execute(ctx.manager, event.payload);
  }
}
