import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import type { FinancialProfileRecord } from '../domain/financial-profile';
import type { RecommendationRecord } from '../domain/recommendation';
import { profileOf, profileRow, recommendationOf, recommendationRow } from './personalization.mapper';
import { FinancialProfileRow, RecommendationRow } from './personalization.orm-entities';

/** Profiles and recommendation rounds; writes take the command's transaction. */
@Injectable()
export class PersonalizationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async insertProfile(manager: EntityManager, p: FinancialProfileRecord): Promise<void> {
    await manager.getRepository(FinancialProfileRow).insert(profileRow(this.cipher, p));
  }

  async insertRecommendation(manager: EntityManager, r: RecommendationRecord): Promise<void> {
    await manager.getRepository(RecommendationRow).insert(recommendationRow(this.cipher, r));
  }

  async profile(id: string, manager: EntityManager = this.dataSource.manager): Promise<FinancialProfileRecord | undefined> {
    const row = await manager.getRepository(FinancialProfileRow).findOneBy({ profileId: id });
    return row ? profileOf(this.cipher, row) : undefined;
  }

  /** Locks the round until the transaction ends: one feedback at a time adjusts it. */
  async recommendationForUpdate(manager: EntityManager, id: string): Promise<RecommendationRecord | undefined> {
    const row = await manager.getRepository(RecommendationRow).findOne({ where: { recommendationId: id }, lock: { mode: 'pessimistic_write' } });
    return row ? recommendationOf(this.cipher, row) : undefined;
  }

  async recommendation(id: string): Promise<RecommendationRecord | undefined> {
    const row = await this.dataSource.getRepository(RecommendationRow).findOneBy({ recommendationId: id });
    return row ? recommendationOf(this.cipher, row) : undefined;
  }

  async nextRound(manager: EntityManager, id: string): Promise<string | undefined> {
    const row = await manager.getRepository(RecommendationRow).findOneBy({ previousRecommendationId: id });
    return row?.recommendationId;
  }

  /** A customer's profiles, oldest first. */
  async profilesOf(customerId: string): Promise<FinancialProfileRecord[]> {
    const rows = await this.dataSource.getRepository(FinancialProfileRow).find({ where: { customerId }, order: { computedAt: 'ASC' } });
    return rows.map((row) => profileOf(this.cipher, row));
  }

  /** A customer's rounds, oldest first: the feedback history is the rounds after the first. */
  async ofCustomer(customerId: string): Promise<RecommendationRecord[]> {
    const rows = await this.dataSource.getRepository(RecommendationRow).find({ where: { customerId }, order: { madeAt: 'ASC' } });
    return rows.map((row) => recommendationOf(this.cipher, row));
  }
}
