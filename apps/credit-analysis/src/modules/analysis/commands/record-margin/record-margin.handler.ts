import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import type { Analysis } from '../../domain/analysis';
import { BenefitMismatchError, ProposalNotYetReceivedError } from '../../domain/analysis.errors';
import { CLOCK, type Clock } from '../../domain/clock';
import { evaluateInss } from '../../domain/evaluation/evaluate-inss';
import { evaluateMarginFailure } from '../../domain/evaluation/evaluate-margin-failure';
import type { Evaluation } from '../../domain/evaluation/evaluation';
import { ANALYSIS_PARAMETERS, type AnalysisParameters } from '../../domain/parameters/analysis-parameters';
import { type ProposalFacts, proposalFacts } from '../../domain/proposal-facts';
import { ANALYSIS_REPOSITORY, type AnalysisRepository } from '../../database/analysis.repository';
import { emitAnalysisEvents } from '../emit-analysis-events';
import { marginFacts, marginSnapshot } from './margin-answer';

/**
 * Dataprev's answer decides a WAITING_MARGIN analysis: MarginChecked runs every INSS rule,
 * MarginCheckFailed rejects (BENEFIT_NOT_FOUND or DATAPREV_UNAVAILABLE). An answer for a proposal
 * not received yet is retried; one for a cancelled or already decided analysis changes nothing.
 */
@Injectable()
export class RecordMarginHandler {
  private readonly logger = new Logger('RecordMargin');

  constructor(
    @Inject(ANALYSIS_REPOSITORY) private readonly repository: AnalysisRepository,
    @Inject(ANALYSIS_PARAMETERS) private readonly parameters: AnalysisParameters,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async checked(event: EventEnvelope<'MarginChecked'>, ctx: EventContext): Promise<void> {
    const p = event.payload;
    await this.decide(p.proposalId, ctx, (analysis, facts) => {
      if (facts.benefit?.number !== p.benefitNumber) throw new BenefitMismatchError(p.proposalId);
      analysis.recordMargin(marginSnapshot(p));
      return evaluateInss(facts, this.parameters, marginFacts(p));
    });
  }

  async failed(event: EventEnvelope<'MarginCheckFailed'>, ctx: EventContext): Promise<void> {
    const p = event.payload;
    await this.decide(p.proposalId, ctx, (_analysis, facts) => evaluateMarginFailure(facts, { code: p.code, attempts: p.attempts }, this.parameters));
  }

  private async decide(proposalId: string, ctx: EventContext, evaluate: (analysis: Analysis, facts: ProposalFacts) => Evaluation): Promise<void> {
    const analysis = await this.repository.findForUpdate(ctx.manager, proposalId);
    if (!analysis) throw new ProposalNotYetReceivedError(proposalId);
    if (analysis.state !== 'WAITING_MARGIN' || !analysis.application) {
      this.logger.log(`proposal ${proposalId} is ${analysis.state}; margin answer ignored`);
      return;
    }
    analysis.decide(evaluate(analysis, proposalFacts(analysis.application)), this.clock.now());
    await this.repository.update(ctx.manager, analysis);
    await emitAnalysisEvents(ctx, analysis);
    this.logger.log(`proposal ${proposalId} → ${analysis.state}`);
  }
}
