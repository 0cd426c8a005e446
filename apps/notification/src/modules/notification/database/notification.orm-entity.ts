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

  @Column('text')
  subject!: string;

  @Column('text')
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
