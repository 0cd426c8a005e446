import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One notification on one channel; also the job row the delivery worker claims (outbox-like). */
@Entity({ name: 'notification_delivery' })
export class DeliveryRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'notification_id' })
  notificationId!: string;

  @Column('text')
  channel!: string;

  /** Customer id, e-mail or phone, copied when the notification was created; sealed (R-SEC-3); null once erased. */
  @Column('text', { nullable: true })
  address!: string | null;

  @Column('text')
  status!: string;

  @Column('integer')
  attempts!: number;

  /** When it is due; while a worker holds it, when that worker's lease ends. */
  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  /** Masked, then sealed (R-SEC-3): a provider's error may quote the recipient. */
  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  /** The claim of the worker sending it; its outcome is saved only while this still matches. */
  @Column('uuid', { name: 'lease_token', nullable: true })
  leaseToken!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
