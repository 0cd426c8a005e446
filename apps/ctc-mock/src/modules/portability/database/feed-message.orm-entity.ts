import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'feed_message' })
export class FeedMessageRow {
  /** bigint: PostgreSQL returns it as text, the cursor participants store. */
  @PrimaryColumn('bigint') seq!: string;
  @Column('text', { name: 'participant_ispb' }) participantIspb!: string;
  @Column('text') nu!: string;
  @Column('text') role!: string;
  @Column('text') status!: string;
  @Column('text', { name: 'previous_status', nullable: true }) previousStatus!: string | null;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  @Column('jsonb') snapshot!: object;
}
