import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { CancelAnalysisHandler } from './cancel-analysis.handler';

/** Edge: ProposalCancelled → CancelAnalysis. */
@Injectable()
export class ProposalCancelledEventHandler {
  constructor(private readonly cancelAnalysis: CancelAnalysisHandler) {}

  @HandlesEvent('ProposalCancelled')
  async handle(event: EventEnvelope<'ProposalCancelled'>, ctx: EventContext): Promise<void> {
    await this.cancelAnalysis.execute(event, ctx);
  }
}
