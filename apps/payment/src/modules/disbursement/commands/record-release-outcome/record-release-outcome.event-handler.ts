import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { RecordReleaseOutcomeHandler } from './record-release-outcome.handler';

/** FundsReleased / FundsReleaseFailed (averbation-connector) → the attempt's outcome. A stray one is logged and changes nothing. */
@Injectable()
export class RecordReleaseOutcomeEventHandler {
  private readonly logger = new Logger('RecordReleaseOutcome');

  constructor(private readonly handler: RecordReleaseOutcomeHandler) {}

  @HandlesEvent('FundsReleased')
  async onReleased(event: EventEnvelope<'FundsReleased'>, ctx: EventContext): Promise<void> {
    this.logged('FundsReleased', await this.handler.released(ctx.manager, event), event.payload);
  }

  @HandlesEvent('FundsReleaseFailed')
  async onFailed(event: EventEnvelope<'FundsReleaseFailed'>, ctx: EventContext): Promise<void> {
    this.logged('FundsReleaseFailed', await this.handler.failed(ctx.manager, event), { ...event.payload, code: event.payload.code });
  }

  private logged(type: string, outcome: string, { disbursementId, contractId, code }: { disbursementId: string; contractId: string; code?: string }): void {
    const context = { disbursementId, contractId, ...(code ? { code } : {}) };
    if (outcome === 'UNKNOWN') this.logger.warn(`${type} for an unknown disbursement: nothing changed`, context);
    else this.logger.log(`${type}: ${outcome}`, context);
  }
}
