import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventPublisher } from '@consignado/eventing';
import { civilDateInBrazil } from '@consignado/finance';
import type { Feedback } from '@consignado/profile';
import { CONTRACT_POSITIONS, type ContractPositions } from '../../contract-projection/database/contract-position.repository';
import { CLOCK, type Clock } from '../../analysis/domain/clock';
import { ANALYSIS_PARAMETERS, type AnalysisParameters } from '../../analysis/domain/parameters/analysis-parameters';
import { ApplicantHistoryReader } from '../database/applicant-history.reader';
import { PersonalizationRepository } from '../database/personalization.repository';
import type { ApplicantHistory } from '../domain/applicant-history';
import type { FinancialProfileRecord } from '../domain/financial-profile';
import { policyContext } from '../domain/policy-context';
import { recommendWithinPolicy } from '../domain/recommend-within-policy';
import { recommendationRound, type RecommendationRecord, type RoundOf } from '../domain/recommendation';
import { recommendationMade } from '../domain/recommendation-made';

/**
 * One recommendation round in the caller's transaction: seed 004 RF2 on the profile's facts,
 * bound by the policy as it stands now, kept, and published (RecommendationMade, outbox).
 */
@Injectable()
export class MakeRound {
  constructor(
    @Inject(CONTRACT_POSITIONS) private readonly positions: ContractPositions,
    @Inject(ANALYSIS_PARAMETERS) private readonly parameters: AnalysisParameters,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    private readonly history: ApplicantHistoryReader,
    private readonly repository: PersonalizationRepository,
  ) {}

  /** What the analyses tell of the customer now: who may see them, and what their offers are priced on. */
  applicant(manager: EntityManager, customerId: string): Promise<ApplicantHistory> {
    return this.history.read(manager, customerId, this.clock.now());
  }

  async make(manager: EntityManager, profile: FinancialProfileRecord, history: ApplicantHistory, feedback: Feedback, of: RoundOf): Promise<RecommendationRecord> {
    const now = this.clock.now();
    const contracts = (await this.positions.ofCustomer(manager, profile.customerId)).filter((c) => c.customerId === profile.customerId);
    const ctx = policyContext(this.parameters, history, contracts, profile.input['renda_mensal_bruta']);
    const today = civilDateInBrazil(now);
    const answer = recommendWithinPolicy({ ...profile.recommendBase }, feedback, history, ctx, today, profile.portableDebts);
    const round = recommendationRound(profile, answer, feedback, of, now, today.toString());
    await this.repository.insertRecommendation(manager, round);
    await this.publisher.publish(manager, 'RecommendationMade', { payload: recommendationMade(round, profile) });
    return round;
  }
}
