import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ClosureJson, SettlementJson, TransferJson } from './outcome.json';
import type { AnswerJson, OfferJson } from './terms.json';

@Entity({ name: 'portability' })
export class PortabilityRow {
  @PrimaryColumn('text') nu!: string;
  @Column('text', { name: 'origin_ispb' }) originIspb!: string;
  @Column('text', { name: 'destination_ispb' }) destinationIspb!: string;
  @Column('text', { name: 'origin_contract_number' }) originContractNumber!: string;
  @Column('text') cpf!: string;
  @Column('jsonb', { nullable: true }) offer!: OfferJson | null;
  @Column('text') status!: string;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('date', { name: 'request_date' }) requestDate!: string;
  @Column('date', { name: 'answer_deadline' }) answerDeadline!: string;
  @Column('jsonb', { nullable: true }) answer!: AnswerJson | null;
  /** Copied out of `answer` for the sweeper's index. */
  @Column('date', { name: 'due_balance_limit_date', nullable: true }) dueBalanceLimitDate!: string | null;
  @Column('jsonb', { nullable: true }) transfer!: TransferJson | null;
  @Column('jsonb', { nullable: true }) settlement!: SettlementJson | null;
  @Column('jsonb', { nullable: true }) closure!: ClosureJson | null;
  @Column('timestamptz', { name: 'status_changed_at' }) statusChangedAt!: Date;
  @Column('text', { name: 'idempotency_key', nullable: true }) idempotencyKey!: string | null;
  @Column('text', { name: 'request_fingerprint', nullable: true }) requestFingerprint!: string | null;
}
