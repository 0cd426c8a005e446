import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { StartAnalysisHandler } from './start-analysis.handler';

/** Edge: ProposalCreated (validated against its schema by the consumer) → StartAnalysis. */
@Injectable()
export class ProposalCreatedEventHandler {
  constructor(private readonly startAnalysis: StartAnalysisHandler) {}

  @HandlesEvent('ProposalCreated')
  async handle(event: EventEnvelope<'ProposalCreated'>, ctx: EventContext): Promise<void> {
    await this.startAnalysis.execute(event, ctx);
  }
}
