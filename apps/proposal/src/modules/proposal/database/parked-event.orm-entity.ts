import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A consumed event that arrived ahead of the proposal's state, kept until its precondition is met. */
@Entity({ name: 'proposal_parked_event' })
export class ParkedEventRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId!: string;

  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'event_type' })
  eventType!: string;

  /** The whole envelope sealed, as a JSON string: consumed events carry the CPF and benefit number (R-SEC-3). */
  @Column('jsonb')
  envelope!: string;

  @Column('timestamptz', { name: 'parked_at' })
  parkedAt!: Date;
}
