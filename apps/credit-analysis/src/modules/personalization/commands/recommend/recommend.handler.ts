import { Inject, Injectable } from '@nestjs/common';
import type { Feedback } from '@consignado/profile';
import { type CommandOutcome, IdempotentCommands } from '@consignado/service-kit';
import { PersonalizationRepository } from '../../database/personalization.repository';
import { type Caller, maySee } from '../../domain/may-see';
import { PersonalizationIdempotencyConflictError, PersonalizationNotFoundError } from '../../domain/personalization.errors';
import type { RecommendationRecord } from '../../domain/recommendation';
import { MakeRound } from '../make-round';

/** Seed 004 RF2 on a stored profile: a first round, optionally with the customer's feedback up front. */
@Injectable()
export class RecommendHandler {
  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    private readonly repository: PersonalizationRepository,
    private readonly rounds: MakeRound,
  ) {}

  async execute(profileId: string, feedback: Feedback, caller: Caller, scope: string, key?: string): Promise<CommandOutcome<RecommendationRecord>> {
    const claim = key === undefined ? undefined : { scope: `personalization.recommend:${scope}`, key, content: { profileId, feedback }, conflict: () => new PersonalizationIdempotencyConflictError() };
    const outcome = await this.commands.run(claim, async (manager) => {
      const profile = await this.repository.profile(profileId, manager);
      const history = profile && (await this.rounds.applicant(manager, profile.customerId));
      if (!profile || !history || !maySee(caller, profile.customerId, history)) throw new PersonalizationNotFoundError('PROFILE', profileId);
      return (await this.rounds.make(manager, profile, history, { produto_recusado: [], ...feedback }, {})).recommendationId;
    });
    return { result: await this.stored(outcome.result), replayed: outcome.replayed };
  }

  private async stored(id: string): Promise<RecommendationRecord> {
    const found = await this.repository.recommendation(id);
    if (!found) throw new Error(`recommendation ${id} vanished after its commit`);
    return found;
  }
}
