import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RefinancingTerms } from '@consignado/contracts';
import type { PortabilityBalance } from '../domain/analysis';
import type { PricedTerms } from '../domain/evaluation/priced-terms';
import type { DecisionReason } from '../domain/rules/reason';

/**
 * One analysis per proposal. Personal data is sealed whole, stored as a JSON string (R-SEC-3):
 * `application` (the ProposalCreated payload), `margin` (benefit number, benefit-derived margins)
 * and `reasons` (ages, scores, income-derived capacities); an empty reason list stays `[]`.
 */
@Entity({ name: 'analysis' })
export class AnalysisRow {
  @PrimaryColumn('uuid', { name: 'proposal_id' })
  proposalId!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('text')
  state!: string;

  @Column('text', { nullable: true })
  product!: string | null;

  @Column('jsonb', { nullable: true })
  application!: string | null;

  @Column('uuid', { name: 'correlation_id', nullable: true })
  correlationId!: string | null;

  /** Sealed: the profile's ratios come from the income. */
  @Column('jsonb', { name: 'applicant_profile', nullable: true })
  applicantProfile!: string | null;

  @Column('jsonb')
  reasons!: string | DecisionReason[];

  @Column('text', { name: 'parameter_version', nullable: true })
  parameterVersion!: string | null;

  @Column('jsonb', { name: 'parameter_versions' })
  parameterVersions!: string[];

  @Column('jsonb', { nullable: true })
  terms!: PricedTerms | null;

  @Column('jsonb', { nullable: true })
  margin!: string | null;

  @Column('jsonb', { nullable: true })
  portability!: PortabilityBalance | null;

  @Column('jsonb', { nullable: true })
  refinancing!: RefinancingTerms | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;
}
