import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { DecideErasureHandler } from './decide-erasure.handler';

/** Edge: DataSubjectErasureRequested → DecideErasure. Logs ids, the verdict and counts only. */
@Injectable()
export class ErasureRequestedEventHandler {
  private readonly logger = new Logger('DataSubjectErasure');

  constructor(private readonly decide: DecideErasureHandler) {}

  @HandlesEvent('DataSubjectErasureRequested')
  async handle(event: EventEnvelope<'DataSubjectErasureRequested'>, ctx: EventContext): Promise<void> {
    const result = await this.decide.execute(event, ctx);
    const ids = { requestId: event.payload.requestId, customerId: event.payload.customerId };
    if (result.outcome === 'ALREADY_DECIDED') return this.logger.log({ msg: 'DataSubjectErasureRequested: already decided', ...ids });
    const { verdict, contractIds } = result.decision;
    this.logger.log({ msg: `DataSubjectErasureRequested: ${verdict.decision}`, ...ids, reason: 'reason' in verdict ? verdict.reason : undefined, contracts: contractIds.length, anonymized: result.anonymized });
  }
}
