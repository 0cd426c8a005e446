import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { RecordMarginHandler } from './record-margin.handler';

/** Edge: Dataprev's answers from averbation-connector → RecordMargin. */
@Injectable()
export class MarginAnswerEventHandler {
  constructor(private readonly recordMargin: RecordMarginHandler) {}

  @HandlesEvent('MarginChecked')
  async onChecked(event: EventEnvelope<'MarginChecked'>, ctx: EventContext): Promise<void> {
    await this.recordMargin.checked(event, ctx);
  }

  @HandlesEvent('MarginCheckFailed')
  async onFailed(event: EventEnvelope<'MarginCheckFailed'>, ctx: EventContext): Promise<void> {
    await this.recordMargin.failed(event, ctx);
  }
}
