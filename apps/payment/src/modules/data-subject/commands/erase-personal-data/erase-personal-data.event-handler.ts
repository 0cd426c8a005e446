import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { ErasePersonalDataHandler } from './erase-personal-data.handler';

/** DataSubjectErasureDecided (loan): on ANONYMIZE the customer's personal data here is anonymized, in the consumer's transaction. */
@Injectable()
export class ErasePersonalDataEventHandler {
  constructor(@Inject(ErasePersonalDataHandler) private readonly handler: ErasePersonalDataHandler) {}

  @HandlesEvent('DataSubjectErasureDecided')
  async handle(event: EventEnvelope<'DataSubjectErasureDecided'>, ctx: EventContext): Promise<void> {
    await this.handler.execute(ctx.manager, event.payload);
  }
}
