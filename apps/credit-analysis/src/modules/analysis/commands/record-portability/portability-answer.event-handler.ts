import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { RecordPortabilityHandler } from './record-portability.handler';

/** Edge: the exchange's answers from averbation-connector → RecordPortability. */
@Injectable()
export class PortabilityAnswerEventHandler {
  constructor(private readonly recordPortability: RecordPortabilityHandler) {}

  @HandlesEvent('PortabilityBalanceReceived')
  async onReceived(event: EventEnvelope<'PortabilityBalanceReceived'>, ctx: EventContext): Promise<void> {
    await this.recordPortability.received(event, ctx);
  }

  @HandlesEvent('PortabilityRequestFailed')
  async onFailed(event: EventEnvelope<'PortabilityRequestFailed'>, ctx: EventContext): Promise<void> {
    await this.recordPortability.failed(event, ctx);
  }
}
