import { Inject, Injectable } from '@nestjs/common';
import type { Feedback } from '@consignado/profile';
import { type CommandOutcome, IdempotentCommands } from '@consignado/service-kit';
import { PersonalizationRepository } from '../../database/personalization.repository';
import { type Caller, maySee } from '../../domain/may-see';
import { PersonalizationIdempotencyConflictError, PersonalizationNotFoundError, RecommendationNotAdjustableError, RecommendationSupersededError } from '../../domain/personalization.errors';
import { mergeFeedback, type RecommendationRecord } from '../../domain/recommendation';
import { MakeRound } from '../make-round';

/** Data too scarce for any rule to run: feedback cannot fix it (seed 004 RF2 rule 4). */
const INSUFFICIENT = 'dados insuficientes';

/**
 * The customer's feedback on the latest round (seed 004 RF2 "Feedback do cliente"): merged with
 * the earlier rounds' and answered by the next round, under the round's row lock — one answer per
 * round, so two concurrent feedbacks cannot fork the history.
 */
@Injectable()
export class GiveFeedbackHandler {
  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    private readonly repository: PersonalizationRepository,
    private readonly rounds: MakeRound,
  ) {}

  async execute(recommendationId: string, given: Feedback, caller: Caller, scope: string, key?: string): Promise<CommandOutcome<RecommendationRecord>> {
    const claim = key === undefined ? undefined : { scope: `personalization.feedback:${scope}`, key, content: { recommendationId, given }, conflict: () => new PersonalizationIdempotencyConflictError() };
    const outcome = await this.commands.run(claim, async (manager) => {
      const round = await this.repository.recommendationForUpdate(manager, recommendationId);
      const history = round && (await this.rounds.applicant(manager, round.customerId));
      if (!round || !history || !maySee(caller, round.customerId, history)) throw new PersonalizationNotFoundError('RECOMMENDATION', recommendationId);
      const next = await this.repository.nextRound(manager, recommendationId);
      if (next) throw new RecommendationSupersededError(recommendationId, next);
      if (round.result.elegibilidade_preliminar.motivo === INSUFFICIENT) throw new RecommendationNotAdjustableError(recommendationId);
      const profile = await this.repository.profile(round.profileId, manager);
      if (!profile) throw new Error(`recommendation ${recommendationId} without its profile ${round.profileId}`);
      return (await this.rounds.make(manager, profile, history, mergeFeedback(round.feedback, given), { previous: round, feedbackGiven: given })).recommendationId;
    });
    const result = await this.repository.recommendation(outcome.result);
    if (!result) throw new Error(`recommendation ${outcome.result} vanished after its commit`);
    return { result, replayed: outcome.replayed };
  }
}
