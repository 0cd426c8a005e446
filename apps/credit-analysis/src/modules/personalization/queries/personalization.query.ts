import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApplicantHistoryReader } from '../database/applicant-history.reader';
import { PersonalizationRepository } from '../database/personalization.repository';
import { type Caller, maySee } from '../domain/may-see';
import { PersonalizationNotFoundError } from '../domain/personalization.errors';
import { type ProfileView, profileView, type RecommendationView, recommendationView } from './personalization.views';

/** Reads back what was stored, to whoever may see the customer; anyone else gets the same 404 as a missing id. */
@Injectable()
export class PersonalizationQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PersonalizationRepository,
    private readonly history: ApplicantHistoryReader,
  ) {}

  async profile(id: string, caller: Caller): Promise<ProfileView> {
    const found = await this.repository.profile(id);
    if (!found || !(await this.visible(caller, found.customerId))) throw new PersonalizationNotFoundError('PROFILE', id);
    return profileView(found);
  }

  async recommendation(id: string, caller: Caller): Promise<RecommendationView> {
    const found = await this.repository.recommendation(id);
    if (!found || !(await this.visible(caller, found.customerId))) throw new PersonalizationNotFoundError('RECOMMENDATION', id);
    return recommendationView(found);
  }

  /** Every round of the customer, oldest first: each later round carries the feedback it answered. */
  async rounds(customerId: string, caller: Caller): Promise<{ items: RecommendationView[] }> {
    if (!(await this.visible(caller, customerId))) throw new PersonalizationNotFoundError('CUSTOMER', customerId);
    return { items: (await this.repository.ofCustomer(customerId)).map(recommendationView) };
  }

  /** Only a partner's reach depends on the analyses (whom it brought): the others need no read. */
  private async visible(caller: Caller, customerId: string): Promise<boolean> {
    if (caller.channel !== 'CORBAN') return maySee(caller, customerId, { partnerIds: [] });
    return maySee(caller, customerId, await this.history.read(this.dataSource.manager, customerId, new Date()));
  }
}
