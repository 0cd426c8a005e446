import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'simulated_contract' })
export class SimulatedContractRow {
  @PrimaryColumn('text') ispb!: string;
  @PrimaryColumn('text', { name: 'contract_number' }) contractNumber!: string;
  @Column('text') cpf!: string;
  @Column('numeric', { precision: 17, scale: 2 }) balance!: string;
  @Column('integer', { name: 'remaining_installments' }) remainingInstallments!: number;
  @Column('numeric', { precision: 17, scale: 2 }) installment!: string;
  @Column('numeric', { name: 'monthly_rate' }) monthlyRate!: string;
  @Column('text') behaviour!: string;
  @Column('text', { name: 'refusal_reason', nullable: true }) refusalReason!: string | null;
  @Column('jsonb', { name: 'retention_offer', nullable: true }) retentionOffer!: { monthlyRate: string; installment: string; termMonths: number } | null;
  @Column('integer', { name: 'answer_delay_ms' }) answerDelayMs!: number;
  @Column('integer', { name: 'settlement_delay_ms' }) settlementDelayMs!: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'simulated_destination' })
export class SimulatedDestinationRow {
  @PrimaryColumn('text') nu!: string;
  @Column('text') ispb!: string;
  @Column('text') behaviour!: string;
  @Column('integer', { name: 'delay_ms' }) delayMs!: number;
}

@Entity({ name: 'scheduled_action' })
export class ScheduledActionRow {
  /** bigint: PostgreSQL returns it as text. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('text') nu!: string;
  @Column('text') action!: string;
  @Column('timestamptz', { name: 'due_at' }) dueAt!: Date;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('integer') attempts!: number;
  @Column('timestamptz', { name: 'done_at', nullable: true }) doneAt!: Date | null;
  @Column('text', { nullable: true }) outcome!: string | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
}
