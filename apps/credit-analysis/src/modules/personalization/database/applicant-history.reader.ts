import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { toDomain } from '../../analysis/database/analysis.mapper';
import { AnalysisRow } from '../../analysis/database/analysis.orm-entity';
import { ANALYSIS_REPOSITORY, type AnalysisRepository } from '../../analysis/database/analysis.repository';
import { SCORE_PROVIDER, type ScoreProvider } from '../../analysis/domain/score-provider';
import { type ApplicantHistory, inquiriesSince } from '../domain/applicant-history';

/**
 * What the customer's analyses tell: the latest application, the analyses of the last six months
 * (each a credit inquiry), the latest margin Dataprev gave, and the score of the CPF they applied with.
 */
@Injectable()
export class ApplicantHistoryReader {
  constructor(
    private readonly cipher: FieldCipher,
    @Inject(SCORE_PROVIDER) private readonly scores: ScoreProvider,
    @Inject(ANALYSIS_REPOSITORY) private readonly repository: AnalysisRepository,
  ) {}

  async read(manager: EntityManager, customerId: string, now: Date): Promise<ApplicantHistory> {
    const rows = await manager.getRepository(AnalysisRow).find({ where: { customerId }, order: { createdAt: 'DESC' }, take: 50 });
    const analyses = rows.map((row) => toDomain(this.cipher, row));
    const latest = analyses.find((a) => a.application)?.application;
    const consignado = analyses.map((a) => a.application).find((a) => a !== undefined && a.product !== 'PERSONAL');
    const margin = analyses.map((a) => a.snapshot().margin).find((m) => m !== undefined);
    const inquiries6m = await this.repository.countSince(manager, customerId, inquiriesSince(now));
    const score = latest ? await this.scores.scoreOf(latest.cpf) : undefined;
    const partnerIds = [...new Set(analyses.map((a) => a.application?.partnerId).filter((id): id is string => id !== undefined))];
    return { latest, consignado, inquiries6m, margin, score, partnerIds };
  }
}
