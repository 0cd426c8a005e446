import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProposalCreatedPayload, RefinancingTerms } from '@consignado/contracts';
import type { MarginSnapshot, PortabilityBalance } from '../domain/analysis';
import type { PricedTerms } from '../domain/evaluation/priced-terms';
import type { DecisionReason } from '../domain/rules/reason';

/** One analysis per proposal. `application` holds the ProposalCreated payload (personal data: never logged). */
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
  application!: ProposalCreatedPayload | null;

  @Column('uuid', { name: 'correlation_id', nullable: true })
  correlationId!: string | null;

  @Column('jsonb')
  reasons!: DecisionReason[];

  @Column('text', { name: 'parameter_version', nullable: true })
  parameterVersion!: string | null;

  @Column('jsonb', { name: 'parameter_versions' })
  parameterVersions!: string[];

  @Column('jsonb', { nullable: true })
  terms!: PricedTerms | null;

  @Column('jsonb', { nullable: true })
  margin!: MarginSnapshot | null;

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
