import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every event a proposal emitted or consumed, in the order it was recorded (R-PR-2). */
@Entity({ name: 'proposal_timeline' })
export class TimelineEntryRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId!: string;

  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'event_type' })
  eventType!: string;

  @Column('text')
  direction!: string;

  @Column('text')
  outcome!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('uuid', { name: 'correlation_id' })
  correlationId!: string;

  @Column('uuid', { name: 'causation_id', nullable: true })
  causationId!: string | null;

  @Column('text', { name: 'state_after' })
  stateAfter!: string;

  /** Sealed pt-BR line (timeline.mapper). */
  @Column('text')
  summary!: string;
}
