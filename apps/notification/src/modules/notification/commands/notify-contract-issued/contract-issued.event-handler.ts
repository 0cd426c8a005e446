import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { renderContractIssued } from '../../domain/formalization-templates';
import { RecordNotificationHandler } from '../record-notification/record-notification.handler';

/**
 * ContractIssued (loan, R-LN-9) → one pt-BR notice that the contract waits for the customer's
 * acceptance in the app, on every channel the customer's contact and devices allow, like the other
 * notices (the idempotent consumer runs each eventId once; `UNIQUE (source_event_id, template)`
 * backs it). Its expiry is told by ContractCancelled ACCEPTANCE_EXPIRED (domain/templates.ts).
 */
@Injectable()
export class ContractIssuedEventHandler {
  constructor(private readonly record: RecordNotificationHandler) {}

  @HandlesEvent('ContractIssued')
  async onContractIssued(event: EventEnvelope<'ContractIssued'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderContractIssued(event));
  }
}
