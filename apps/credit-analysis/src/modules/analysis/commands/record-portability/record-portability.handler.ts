import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope, ProposalCreatedPayload } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import type { Analysis } from '../../domain/analysis';
import type { AnalysisState } from '../../domain/analysis-state';
import { PortabilityMismatchError, ProposalNotYetReceivedError } from '../../domain/analysis.errors';
import { CLOCK, type Clock } from '../../domain/clock';
import { evaluateInss } from '../../domain/evaluation/evaluate-inss';
import { evaluatePortabilityFailure } from '../../domain/evaluation/evaluate-portability-failure';
import { evaluateServant } from '../../domain/evaluation/evaluate-servant';
import { hasFailures } from '../../domain/evaluation/evaluation';
import { ANALYSIS_PARAMETERS, type AnalysisParameters } from '../../domain/parameters/analysis-parameters';
import { portabilityBalance } from '../../domain/portability-balance';
import { proposalFacts } from '../../domain/proposal-facts';
import { ANALYSIS_REPOSITORY, type AnalysisRepository } from '../../database/analysis.repository';
import { emitAnalysisEvents } from '../emit-analysis-events';
import { OperationInputsReader } from '../operation-inputs.reader';

type Apply = (analysis: Analysis, application: ProposalCreatedPayload) => Promise<void>;

/**
 * The origin's answer to a portability in (R-LN-7, R-LN-11). PortabilityBalanceReceived: an INSS
 * portability runs the rules it now can (term within the remaining installments, a saving) and
 * waits for the margin (benefit facts: 90-day rule, restrictions); a servant's is decided.
 * PortabilityRequestFailed rejects with the exchange's code and message, also while an INSS
 * portability waits for its margin (the origin may still refuse or retain the customer). An answer
 * before the proposal is retried; one for a cancelled or decided analysis changes nothing.
 */
@Injectable()
export class RecordPortabilityHandler {
  private readonly logger = new Logger('RecordPortability');

  constructor(
    @Inject(ANALYSIS_REPOSITORY) private readonly repository: AnalysisRepository,
    @Inject(ANALYSIS_PARAMETERS) private readonly parameters: AnalysisParameters,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly inputs: OperationInputsReader,
  ) {}

  async received(event: EventEnvelope<'PortabilityBalanceReceived'>, ctx: EventContext): Promise<void> {
    const p = event.payload;
    await this.answer(p.proposalId, ctx, ['WAITING_PORTABILITY_BALANCE'], async (analysis, application) => {
      const now = this.clock.now();
      analysis.recordPortabilityBalance(portabilityBalance(p.proposalId, application.portability, p));
      const facts = proposalFacts(application);
      const inputs = await this.inputs.read(ctx.manager, application, analysis.portability);
      if (facts.product !== 'INSS_CONSIGNADO') return analysis.decide(evaluateServant(facts, this.parameters, inputs), now);
      const preliminary = evaluateInss(facts, this.parameters, undefined, inputs);
      if (hasFailures(preliminary)) analysis.decide(preliminary, now);
      else analysis.awaitMargin(preliminary, now);
    });
  }

  async failed(event: EventEnvelope<'PortabilityRequestFailed'>, ctx: EventContext): Promise<void> {
    const p = event.payload;
    await this.answer(p.proposalId, ctx, ['WAITING_PORTABILITY_BALANCE', 'WAITING_MARGIN'], async (analysis, application) => {
      const failure = { reason: p.reason, code: p.code, message: p.message, portabilityNumber: p.portabilityNumber };
      analysis.decide(evaluatePortabilityFailure(proposalFacts(application), failure, this.parameters), this.clock.now());
    });
  }

  private async answer(proposalId: string, ctx: EventContext, waiting: readonly AnalysisState[], apply: Apply): Promise<void> {
    const analysis = await this.repository.findForUpdate(ctx.manager, proposalId);
    if (!analysis) throw new ProposalNotYetReceivedError(proposalId);
    const application = analysis.application;
    if (application && application.operationType !== 'PORTABILITY') throw new PortabilityMismatchError(proposalId, 'Resposta de portabilidade para uma proposta que não é de portabilidade');
    if (!waiting.includes(analysis.state) || !application) {
      this.logger.log(`proposal ${proposalId} is ${analysis.state}; portability answer ignored`);
      return;
    }
    await apply(analysis, application);
    await this.repository.update(ctx.manager, analysis);
    await emitAnalysisEvents(ctx, analysis);
    this.logger.log(`proposal ${proposalId} → ${analysis.state}`);
  }
}
