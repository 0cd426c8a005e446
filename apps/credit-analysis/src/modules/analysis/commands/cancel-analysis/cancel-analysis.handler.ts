import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { Analysis } from '../../domain/analysis';
import { CLOCK, type Clock } from '../../domain/clock';
import { ANALYSIS_REPOSITORY, type AnalysisRepository } from '../../database/analysis.repository';

/**
 * ProposalCancelled (R-PR-8): a pending analysis becomes CANCELLED, so a later margin answer
 * decides nothing; a decision already taken stays. A cancellation for a proposal not seen yet is
 * remembered as a CANCELLED analysis, so a late ProposalCreated is not analysed.
 */
@Injectable()
export class CancelAnalysisHandler {
  private readonly logger = new Logger('CancelAnalysis');

  constructor(
    @Inject(ANALYSIS_REPOSITORY) private readonly repository: AnalysisRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(event: EventEnvelope<'ProposalCancelled'>, ctx: EventContext): Promise<void> {
    const { proposalId, customerId } = event.payload;
    const now = this.clock.now();
    const analysis = await this.repository.findForUpdate(ctx.manager, proposalId);
    if (!analysis) {
      await this.repository.insert(ctx.manager, Analysis.cancelledBeforeReceipt(proposalId, customerId, now));
      this.logger.log(`proposal ${proposalId} cancelled before its analysis`);
    } else if (analysis.cancel(now)) {
      await this.repository.update(ctx.manager, analysis);
      this.logger.log(`proposal ${proposalId} analysis cancelled`);
    } else {
      this.logger.log(`proposal ${proposalId} is ${analysis.state}; cancellation leaves the decision as it is`);
    }
  }
}
