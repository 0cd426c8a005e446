import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sealed columns are JSON strings (service-kit sealJson); the others plain jsonb. */
@Entity({ name: 'financial_profile' })
export class FinancialProfileRow {
  @PrimaryColumn('uuid', { name: 'profile_id' }) profileId!: string;
  @Column('uuid', { name: 'customer_id' }) customerId!: string;
  @Column('date', { name: 'business_date' }) businessDate!: string;
  @Column('text', { name: 'rules_version' }) rulesVersion!: string;
  @Column('jsonb') input!: string;
  @Column('jsonb') sources!: Record<string, string>;
  @Column('jsonb') result!: object;
  @Column('jsonb', { name: 'recommend_base' }) recommendBase!: string;
  @Column('jsonb', { name: 'portable_debts', nullable: true }) portableDebts!: string | null;
  @Column('timestamptz', { name: 'computed_at' }) computedAt!: Date;
}

@Entity({ name: 'recommendation' })
export class RecommendationRow {
  @PrimaryColumn('uuid', { name: 'recommendation_id' }) recommendationId!: string;
  @Column('uuid', { name: 'profile_id' }) profileId!: string;
  @Column('uuid', { name: 'customer_id' }) customerId!: string;
  @Column('integer') round!: number;
  @Column('uuid', { name: 'previous_recommendation_id', nullable: true }) previousRecommendationId!: string | null;
  @Column('jsonb', { name: 'feedback_given', nullable: true }) feedbackGiven!: object | null;
  @Column('jsonb') feedback!: object;
  @Column('jsonb') result!: string;
  @Column('jsonb') offers!: object;
  @Column('jsonb') withheld!: object;
  @Column('text', { name: 'rules_version' }) rulesVersion!: string;
  @Column('date', { name: 'valid_until' }) validUntil!: string;
  @Column('timestamptz', { name: 'made_at' }) madeAt!: Date;
}
