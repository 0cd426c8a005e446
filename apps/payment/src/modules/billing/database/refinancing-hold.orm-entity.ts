import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One refinancing proposal's hold on the contract it replaces (R-LN-6). RELEASED when its new
 * contract activated, was cancelled or failed its averbação for good — recorded even when that was seen before the approval, so a
 * late CreditApproved does not hold a contract for a refinancing that already ended.
 */
@Entity({ name: 'refinancing_hold' })
export class RefinancingHoldRow {
  @PrimaryColumn('uuid', { name: 'proposal_id' })
  proposalId!: string;

  /** The contract being refinanced; null on a release seen before its approval. */
  @Column('uuid', { name: 'contract_id', nullable: true })
  contractId!: string | null;

  @Column('text')
  status!: string;

  @Column('timestamptz', { name: 'held_at', nullable: true })
  heldAt!: Date | null;

  @Column('timestamptz', { name: 'released_at', nullable: true })
  releasedAt!: Date | null;

  @Column('text', { name: 'release_reason', nullable: true })
  releaseReason!: string | null;
}
