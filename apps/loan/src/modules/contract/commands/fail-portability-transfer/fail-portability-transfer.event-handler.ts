import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { FailPortabilityTransferHandler } from './fail-portability-transfer.handler';

/** PortabilityTransferFailed → CANCELLED + ContractCancelled (PORTABILITY_FAILED). */
@Injectable()
export class FailPortabilityTransferEventHandler {
  private readonly logger = new Logger('FailPortabilityTransfer');

  constructor(private readonly handler: FailPortabilityTransferHandler) {}

  @HandlesEvent('PortabilityTransferFailed')
  async onTransferFailed(event: EventEnvelope<'PortabilityTransferFailed'>, ctx: EventContext): Promise<void> {
    const outcome = await this.handler.execute(event.payload, ctx);
    this.logger.log(`PortabilityTransferFailed: ${outcome}`, { contractId: event.payload.contractId, reason: event.payload.reason });
  }
}
