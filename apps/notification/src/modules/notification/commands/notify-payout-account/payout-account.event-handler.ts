import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { renderPayoutAccountChanged } from '../../domain/payout-templates';
import { RecordNotificationHandler } from '../record-notification/record-notification.handler';

/**
 * CustomerPayoutAccountChanged (proposal, R-LN-10) → one pt-BR notice with the account masked, on
 * every channel the customer's contact and devices allow (the idempotent consumer runs each eventId
 * once; `UNIQUE (source_event_id, template)` backs it).
 */
@Injectable()
export class PayoutAccountEventHandler {
  constructor(private readonly record: RecordNotificationHandler) {}

  @HandlesEvent('CustomerPayoutAccountChanged')
  async onPayoutAccountChanged(event: EventEnvelope<'CustomerPayoutAccountChanged'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderPayoutAccountChanged(event));
  }
}
