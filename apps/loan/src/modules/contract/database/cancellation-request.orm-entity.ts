import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One ProposalCancelled as loan handled it: what it asked and what it did (R-PR-8). */
@Entity({ name: 'cancellation_request' })
export class CancellationRequestRow {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId!: string;

  @Column('uuid', { name: 'contract_id', nullable: true })
  contractId!: string | null;

  @Column('text')
  reason!: string;

  @Column('text')
  outcome!: 'CANCELLED' | 'IGNORED';

  @Column('text')
  explanation!: string;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
