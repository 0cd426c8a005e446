import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import type { Analysis } from '../../domain/analysis';
import { BenefitMismatchError, MarginBeforeBalanceError, ProposalNotYetReceivedError } from '../../domain/analysis.errors';
import { CLOCK, type Clock } from '../../domain/clock';
import { evaluateInss } from '../../domain/evaluation/evaluate-inss';
import { evaluateMarginFailure } from '../../domain/evaluation/evaluate-margin-failure';
import type { Evaluation } from '../../domain/evaluation/evaluation';
import { ANALYSIS_PARAMETERS, type AnalysisParameters } from '../../domain/parameters/analysis-parameters';
import { type ProposalFacts, proposalFacts } from '../../domain/proposal-facts';
import { ANALYSIS_REPOSITORY, type AnalysisRepository } from '../../database/analysis.repository';
import { emitAnalysisEvents } from '../emit-analysis-events';
import { OperationInputsReader } from '../operation-inputs.reader';
import { marginFacts, marginSnapshot } from './margin-answer';

type Decide = (analysis: Analysis, facts: ProposalFacts) => Promise<Evaluation>;

/**
 * Dataprev's answer decides a WAITING_MARGIN analysis: MarginChecked runs every INSS rule (with
 * the refinanced contract as projected now, and a portability's balance), MarginCheckFailed
 * rejects (BENEFIT_NOT_FOUND or DATAPREV_UNAVAILABLE). An answer for a proposal not received yet,
 * or for a portability still waiting for its balance, is retried; one for a cancelled or already
 * decided analysis changes nothing.
 */
@Injectable()
export class RecordMarginHandler {
  private readonly logger = new Logger('RecordMargin');

  constructor(
    @Inject(ANALYSIS_REPOSITORY) private readonly repository: AnalysisRepository,
    @Inject(ANALYSIS_PARAMETERS) private readonly parameters: AnalysisParameters,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly inputs: OperationInputsReader,
  ) {}

  async checked(event: EventEnvelope<'MarginChecked'>, ctx: EventContext): Promise<void> {
    const p = event.payload;
    await this.decide(p.proposalId, ctx, async (analysis, facts) => {
      if (facts.benefit?.number !== p.benefitNumber) throw new BenefitMismatchError(p.proposalId);
      analysis.recordMargin(marginSnapshot(p));
      const application = analysis.application ?? unreachable(p.proposalId);
      const inputs = await this.inputs.read(ctx.manager, application, analysis.portability);
      return evaluateInss(facts, this.parameters, marginFacts(p), inputs);
    });
  }

  async failed(event: EventEnvelope<'MarginCheckFailed'>, ctx: EventContext): Promise<void> {
    const p = event.payload;
    await this.decide(p.proposalId, ctx, async (_analysis, facts) => evaluateMarginFailure(facts, { code: p.code, attempts: p.attempts }, this.parameters));
  }

  private async decide(proposalId: string, ctx: EventContext, evaluate: Decide): Promise<void> {
    const analysis = await this.repository.findForUpdate(ctx.manager, proposalId);
    if (!analysis) throw new ProposalNotYetReceivedError(proposalId);
    if (analysis.state === 'WAITING_PORTABILITY_BALANCE') throw new MarginBeforeBalanceError(proposalId);
    if (analysis.state !== 'WAITING_MARGIN' || !analysis.application) {
      this.logger.log(`proposal ${proposalId} is ${analysis.state}; margin answer ignored`);
      return;
    }
    analysis.decide(await evaluate(analysis, proposalFacts(analysis.application)), this.clock.now());
    await this.repository.update(ctx.manager, analysis);
    await emitAnalysisEvents(ctx, analysis);
    this.logger.log(`proposal ${proposalId} → ${analysis.state}`);
  }
}

function unreachable(proposalId: string): never {
  throw new Error(`analysis ${proposalId} waits for a margin without its proposal`);
}
