import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { RecordCreditOffersHandler } from './record-credit-offers.handler';

/** RecommendationMade (credit analysis, seed 004) → its offers kept, ready to become proposals. */
@Injectable()
export class RecommendationMadeEventHandler {
  constructor(@Inject(RecordCreditOffersHandler) private readonly handler: RecordCreditOffersHandler) {}

  @HandlesEvent('RecommendationMade')
  async onRecommendationMade(event: EventEnvelope<'RecommendationMade'>, ctx: EventContext): Promise<void> {
    await this.handler.execute(ctx.manager, event.payload);
  }
}
