import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobStore } from '../../jobs/job-store';
import type { InsuranceClaim } from '../domain/insurance-claim';
import { toDomain, toRow } from './insurance-claim.mapper';
import { InsuranceClaimRow } from './insurance-claim.orm-entity';

export const INSURANCE_CLAIM_REPOSITORY = Symbol('INSURANCE_CLAIM_REPOSITORY');

/** A claim waiting for one of its insurer calls. */
export const INSURANCE_CLAIM_PENDING = ['FILING', 'UNDER_REVIEW'] as const;

/** Port: credit-life claims, also the job rows of their insurer calls. */
export type InsuranceClaimRepository = JobStore<InsuranceClaim, InsuranceClaimRow>;

@Injectable()
export class TypeOrmInsuranceClaimRepository extends JobStore<InsuranceClaim, InsuranceClaimRow> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, { entity: InsuranceClaimRow, table: 'insurance_claim', pendingStatuses: INSURANCE_CLAIM_PENDING, toDomain, toRow });
  }
}
