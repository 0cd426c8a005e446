import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Verdict } from '../domain/claim-state';

@Entity({ name: 'claim' })
export class ClaimRow {
  @PrimaryColumn('uuid', { name: 'claim_id' }) claimId!: string;
  @Column('text', { name: 'insurer_claim_number' }) insurerClaimNumber!: string;
  @Column('uuid', { name: 'contract_id' }) contractId!: string;
  @Column('text', { name: 'policy_number' }) policyNumber!: string;
  @Column('text') cause!: string;
  @Column('date', { name: 'coverage_date' }) coverageDate!: string;
  /** numeric(15, 2): read back as text ("8214.33"), never a JS number. */
  @Column('numeric', { name: 'coverage_amount', precision: 15, scale: 2 }) coverageAmount!: string;
  @Column('text') status!: string;
  @Column('jsonb') verdict!: Verdict;
  @Column('timestamptz', { name: 'filed_at' }) filedAt!: Date;
  @Column('timestamptz', { name: 'decides_at' }) decidesAt!: Date;
}

/** One pending outcome script: `subject` is its policy number, or '*' for any policy. */
@Entity({ name: 'outcome_script' })
export class OutcomeScriptRow {
  @PrimaryColumn('text') subject!: string;
  @Column('jsonb') verdict!: Verdict;
  @Column('integer', { name: 'review_ms', nullable: true }) reviewMs!: number | null;
  @Column('integer') remaining!: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
