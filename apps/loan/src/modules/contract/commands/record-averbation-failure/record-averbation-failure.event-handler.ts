import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { RecordAverbationFailureHandler } from './record-averbation-failure.handler';

/** AverbationFailed → attempt recorded, or AVERBATION_FAILED when final. */
@Injectable()
export class RecordAverbationFailureEventHandler {
  private readonly logger = new Logger('RecordAverbationFailure');

  constructor(private readonly handler: RecordAverbationFailureHandler) {}

  @HandlesEvent('AverbationFailed')
  async onAverbationFailed(event: EventEnvelope<'AverbationFailed'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx);
    this.logger.log(`AverbationFailed: ${outcome}`, { contractId: event.payload.contractId, code: event.payload.code, retryable: event.payload.retryable });
  }
}
