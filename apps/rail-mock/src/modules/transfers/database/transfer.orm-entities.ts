import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Creditor } from '../domain/creditor';
import type { Settlement } from '../domain/transfer-state';

@Entity({ name: 'transfer' })
export class TransferRow {
  @PrimaryColumn('uuid', { name: 'transfer_id' }) transferId!: string;
  /** numeric(15, 2): read back as text ("8214.33"), never a JS number. */
  @Column('numeric', { precision: 15, scale: 2 }) amount!: string;
  @Column('jsonb') creditor!: Creditor;
  @Column('text', { name: 'creditor_cpf' }) creditorCpf!: string;
  @Column('text') purpose!: string;
  @Column('text') status!: string;
  @Column('jsonb') settlement!: Settlement;
  @Column('text', { name: 'end_to_end_id' }) endToEndId!: string;
  @Column('timestamptz', { name: 'filed_at' }) filedAt!: Date;
  @Column('timestamptz', { name: 'settles_at' }) settlesAt!: Date;
}

/** One pending outcome script: `subject` is 'PIX:<key>', 'ACCOUNT:<number>', or '*' for any creditor. */
@Entity({ name: 'outcome_script' })
export class OutcomeScriptRow {
  @PrimaryColumn('text') subject!: string;
  @Column('jsonb') settlement!: Settlement;
  @Column('integer', { name: 'settlement_ms', nullable: true }) settlementMs!: number | null;
  @Column('integer') remaining!: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
