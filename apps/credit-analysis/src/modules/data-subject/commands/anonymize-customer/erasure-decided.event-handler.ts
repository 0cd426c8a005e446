import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { AnonymizeCustomerHandler } from './anonymize-customer.handler';

/** Edge: DataSubjectErasureDecided → AnonymizeCustomer. Logs ids and counts only. */
@Injectable()
export class ErasureDecidedEventHandler {
  private readonly logger = new Logger('DataSubjectErasure');

  constructor(private readonly anonymize: AnonymizeCustomerHandler) {}

  @HandlesEvent('DataSubjectErasureDecided')
  async handle(event: EventEnvelope<'DataSubjectErasureDecided'>, ctx: EventContext): Promise<void> {
    const { outcome, rows } = await this.anonymize.execute(event, ctx);
    this.logger.log({ msg: `DataSubjectErasureDecided: ${outcome}`, requestId: event.payload.requestId, customerId: event.payload.customerId, decision: event.payload.decision, rows });
  }
}
