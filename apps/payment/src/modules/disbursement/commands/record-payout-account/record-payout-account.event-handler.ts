import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { RecordPayoutAccountHandler } from './record-payout-account.handler';

/** CustomerPayoutAccountChanged → the customer's payout account, and releases awaiting it requested. Logs ids only, never the account. */
@Injectable()
export class RecordPayoutAccountEventHandler {
  private readonly logger = new Logger('RecordPayoutAccount');

  constructor(private readonly handler: RecordPayoutAccountHandler) {}

  @HandlesEvent('CustomerPayoutAccountChanged')
  async onAccountChanged(event: EventEnvelope<'CustomerPayoutAccountChanged'>, ctx: EventContext): Promise<void> {
    const { outcome, requested } = await this.handler.execute(ctx.manager, event);
    this.logger.log(`CustomerPayoutAccountChanged: ${outcome}`, { customerId: event.payload.customerId, kind: event.payload.account.kind, requested });
  }
}
