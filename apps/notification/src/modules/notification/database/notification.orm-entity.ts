import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'notification' })
@Index(['customerId', 'createdAt'])
export class NotificationRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  /** The event that caused it: one notification per event and template. */
  @Column('uuid', { name: 'source_event_id' })
  sourceEventId!: string;

  @Column('text', { name: 'source_event_type' })
  sourceEventType!: string;

  @Column('uuid', { name: 'correlation_id' })
  correlationId!: string;

  @Column('text')
  template!: string;

  /** Sealed (R-SEC-3); null once the customer's personal data was erased. */
  @Column('text', { nullable: true })
  subject!: string | null;

  /** Sealed (R-SEC-3); null once the customer's personal data was erased. */
  @Column('text', { nullable: true })
  body!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
