import { Column, Entity, PrimaryColumn } from 'typeorm';

/** First answer to a POST with an Idempotency-Key, per channel and partner/operator (R-PR-7). */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyRow {
  @PrimaryColumn('text')
  scope!: string;

  @PrimaryColumn('text')
  key!: string;

  @Column('char', { length: 64 })
  fingerprint!: string;

  @Column('int', { name: 'response_status' })
  responseStatus!: number;

  @Column('json', { name: 'response_body' })
  responseBody!: object;

  @Column('uuid', { name: 'proposal_id' })
  proposalId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
