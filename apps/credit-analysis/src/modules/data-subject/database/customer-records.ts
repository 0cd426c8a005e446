import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { type ErasureRecord, erasuresOf } from '@consignado/service-kit';
import { toDomain } from '../../analysis/database/analysis.mapper';
import { AnalysisRow } from '../../analysis/database/analysis.orm-entity';
import type { Analysis } from '../../analysis/domain/analysis';
import { CONTRACT_POSITIONS, type ContractPositions } from '../../contract-projection/database/contract-position.repository';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import { PersonalizationRepository } from '../../personalization/database/personalization.repository';
import type { FinancialProfileRecord } from '../../personalization/domain/financial-profile';
import type { RecommendationRecord } from '../../personalization/domain/recommendation';

export const CUSTOMER_RECORDS = Symbol('CUSTOMER_RECORDS');

/** Port: everything the service keeps on one customer, personal data opened (LGPD art. 18 II). */
export interface CustomerRecords {
  analysesOf(customerId: string): Promise<Analysis[]>;
  positionsOf(customerId: string): Promise<ProjectedContract[]>;
  erasuresOf(customerId: string): Promise<ErasureRecord[]>;
  /** Seed 004 profiles (with their input, opened) and recommendation rounds. */
  personalizationOf(customerId: string): Promise<{ profiles: FinancialProfileRecord[]; recommendations: RecommendationRecord[] }>;
}

@Injectable()
export class TypeOrmCustomerRecords implements CustomerRecords {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    @Inject(CONTRACT_POSITIONS) private readonly positions: ContractPositions,
    private readonly personalization: PersonalizationRepository,
  ) {}

  async analysesOf(customerId: string): Promise<Analysis[]> {
    const rows = await this.dataSource.getRepository(AnalysisRow).find({ where: { customerId }, order: { createdAt: 'ASC', proposalId: 'ASC' } });
    return rows.map((row) => toDomain(this.cipher, row));
  }

  positionsOf(customerId: string): Promise<ProjectedContract[]> {
    return this.positions.ofCustomer(this.dataSource.manager, customerId);
  }

  async personalizationOf(customerId: string): Promise<{ profiles: FinancialProfileRecord[]; recommendations: RecommendationRecord[] }> {
    return { profiles: await this.personalization.profilesOf(customerId), recommendations: await this.personalization.ofCustomer(customerId) };
  }

  erasuresOf(customerId: string): Promise<ErasureRecord[]> {
    return erasuresOf(this.dataSource.manager, customerId);
  }
}
