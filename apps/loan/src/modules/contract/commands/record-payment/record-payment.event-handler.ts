import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { RecordPaymentHandler } from './record-payment.handler';

/** PaymentReceived → installments paid (checked against the contract); ContractSettled after the last one. */
@Injectable()
export class RecordPaymentEventHandler {
  private readonly logger = new Logger('RecordPayment');

  constructor(private readonly handler: RecordPaymentHandler) {}

  @HandlesEvent('PaymentReceived')
  async onPaymentReceived(event: EventEnvelope<'PaymentReceived'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx);
    this.logger.log(`PaymentReceived: ${outcome}`, { contractId: event.payload.contractId, paymentId: event.payload.paymentId });
  }
}
