import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { renderFundsReleased, renderFundsReleaseFailed } from '../../domain/release-templates';
import { RecordNotificationHandler } from '../record-notification/record-notification.handler';

/**
 * FundsReleased / FundsReleaseFailed (averbation-connector, R-LN-10) → one pt-BR notice each, on
 * every channel the customer's contact and devices allow, like the other notices (the idempotent
 * consumer runs each eventId once; `UNIQUE (source_event_id, template)` backs it).
 */
@Injectable()
export class FundsReleaseEventHandler {
  constructor(private readonly record: RecordNotificationHandler) {}

  @HandlesEvent('FundsReleased')
  async onFundsReleased(event: EventEnvelope<'FundsReleased'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderFundsReleased(event));
  }

  @HandlesEvent('FundsReleaseFailed')
  async onFundsReleaseFailed(event: EventEnvelope<'FundsReleaseFailed'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderFundsReleaseFailed(event));
  }
}
