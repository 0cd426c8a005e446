import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'push_subscription' })
export class PushSubscriptionRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  /** Sealed (FieldCipher, field push_subscription.endpoint). */
  @Column('text')
  endpoint!: string;

  @Column('text', { name: 'endpoint_hash' })
  endpointHash!: string;

  /** Sealed JSON `{p256dh, auth}`. */
  @Column('text')
  keys!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'gone_at', nullable: true })
  goneAt!: Date | null;
}
