import { Inject, Injectable } from '@nestjs/common';
import type { EventContext } from '@consignado/eventing';
import { LoanConfig } from '../../../../config';
import { CLOCK, type Clock } from '../../domain/clock';
import { answerPortabilityOut, type PortabilityOutAnswer, type PortabilityOutRequest } from '../../domain/portability-out';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { PORTABILITY_OUT_REPOSITORY, type PortabilityOutRepository } from '../../database/portability-out.repository';

export type AnswerOutcome = { outcome: 'ANSWERED' | 'REPEATED'; answer: PortabilityOutAnswer };

/**
 * Another bank asks for one of our contracts' balance (R-LN-7, R-LN-11): loan answers from the
 * contract (locked, so the answer sees every payment applied before it) and keeps the request with
 * its answer. The same portability number again gets the same answer, published again.
 */
@Injectable()
export class AnswerPortabilityOutHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(PORTABILITY_OUT_REPOSITORY) private readonly requests: PortabilityOutRepository,
    @Inject(LoanConfig) private readonly config: LoanConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: PortabilityOutRequest, ctx: EventContext): Promise<AnswerOutcome> {
    const stored = await this.requests.answerOf(ctx.manager, request.portabilityNumber);
    if (stored) return this.publish(ctx, { outcome: 'REPEATED', answer: stored });
    const contract = await this.contracts.findForUpdate(ctx.manager, request.contractId);
    const answer = answerPortabilityOut(request, contract?.snapshot, this.config.PORTABILITY_RETENTION_RATE_CUT, this.clock.now());
    await this.requests.add(ctx.manager, request, answer);
    return this.publish(ctx, { outcome: 'ANSWERED', answer });
  }

  private async publish(ctx: EventContext, result: AnswerOutcome): Promise<AnswerOutcome> {
    await ctx.emit('PortabilityOutAnswered', { payload: result.answer });
    return result;
  }
}
