import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { Analysis } from '../../domain/analysis';
import { CLOCK, type Clock } from '../../domain/clock';
import { evaluateInss } from '../../domain/evaluation/evaluate-inss';
import { evaluatePersonal } from '../../domain/evaluation/evaluate-personal';
import { evaluateServant } from '../../domain/evaluation/evaluate-servant';
import { type Evaluation, hasFailures } from '../../domain/evaluation/evaluation';
import type { OperationInputs } from '../../domain/evaluation/operation-inputs';
import { ANALYSIS_PARAMETERS, type AnalysisParameters } from '../../domain/parameters/analysis-parameters';
import { type ProposalFacts, proposalFacts } from '../../domain/proposal-facts';
import { SCORE_PROVIDER, type ScoreProvider } from '../../domain/score-provider';
import { ANALYSIS_REPOSITORY, type AnalysisRepository } from '../../database/analysis.repository';
import { emitAnalysisEvents } from '../emit-analysis-events';
import { ApplicantProfileReader } from '../applicant-profile.reader';
import { OperationInputsReader } from '../operation-inputs.reader';

/**
 * ProposalCreated → an analysis (R-CA-1, R-CA-2, R-LN-6, R-LN-7). The rules known now run first
 * (a refinancing's on the old contract from the projection); a failure rejects at once. Otherwise
 * a portability waits for the origin's balance (PortabilityBalanceRequested), an INSS proposal for
 * the margin (MarginCheckRequested), and the others are decided. A proposal already known
 * (duplicate, or cancelled before it arrived) is left as it is.
 */
@Injectable()
export class StartAnalysisHandler {
  private readonly logger = new Logger('StartAnalysis');

  constructor(
    @Inject(ANALYSIS_REPOSITORY) private readonly repository: AnalysisRepository,
    @Inject(ANALYSIS_PARAMETERS) private readonly parameters: AnalysisParameters,
    @Inject(SCORE_PROVIDER) private readonly scores: ScoreProvider,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly inputs: OperationInputsReader,
    private readonly applicant: ApplicantProfileReader,
  ) {}

  async execute(event: EventEnvelope<'ProposalCreated'>, ctx: EventContext): Promise<void> {
    const application = event.payload;
    const known = await this.repository.findForUpdate(ctx.manager, application.proposalId);
    if (known) {
      this.logger.log(`proposal ${application.proposalId} already known (${known.state}); ProposalCreated ignored`);
      return;
    }
    const facts = proposalFacts(application);
    const now = this.clock.now();
    const score = await this.scores.scoreOf(application.cpf);
    const analysis = Analysis.receive(application, event.metadata.correlationId, now, await this.applicant.profile(ctx.manager, application, score, now));
    const evaluation = this.evaluate(facts, score, await this.inputs.read(ctx.manager, application));
    if (hasFailures(evaluation) || facts.product === 'PERSONAL') analysis.decide(evaluation, now);
    else if (facts.operationType === 'PORTABILITY') analysis.awaitPortabilityBalance(evaluation, now);
    else if (facts.product === 'INSS_CONSIGNADO') analysis.awaitMargin(evaluation, now);
    else analysis.decide(evaluation, now);
    await this.repository.insert(ctx.manager, analysis);
    await emitAnalysisEvents(ctx, analysis);
    this.logger.log(`proposal ${application.proposalId} (${facts.product} ${facts.operationType}) → ${analysis.state}`);
  }

  private evaluate(facts: ProposalFacts, score: number, inputs: OperationInputs): Evaluation {
    if (facts.product === 'INSS_CONSIGNADO') return evaluateInss(facts, this.parameters, undefined, inputs);
    if (facts.product === 'SERVIDOR_CONSIGNADO') return evaluateServant(facts, this.parameters, inputs);
    return evaluatePersonal(facts, score, this.parameters);
  }
}
