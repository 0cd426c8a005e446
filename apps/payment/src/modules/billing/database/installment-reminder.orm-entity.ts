import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One InstallmentDue per (contract, installment, kind), ever: the row is the proof it was emitted. */
@Entity({ name: 'installment_reminder' })
export class InstallmentReminderRow {
  @PrimaryColumn('uuid', { name: 'contract_id' })
  contractId!: string;

  @PrimaryColumn('integer', { name: 'installment_number' })
  installmentNumber!: number;

  @PrimaryColumn('text')
  kind!: string;

  @Column('date', { name: 'reference_date' })
  referenceDate!: string;

  /** The InstallmentDue event written to the outbox with this row. */
  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
