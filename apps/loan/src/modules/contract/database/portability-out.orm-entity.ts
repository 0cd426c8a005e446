import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';

/** A portability out request (R-LN-11) and loan's answer, kept per portability number (NU). */
@Entity({ name: 'portability_out_request' })
export class PortabilityOutRequestRow {
  @PrimaryColumn('text', { name: 'portability_number' })
  portabilityNumber!: string;

  @Column('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('text', { name: 'destination_institution_ispb' })
  destinationInstitutionIspb!: string;

  @Column('date', { name: 'balance_date' })
  balanceDate!: string;

  @Column('date', { name: 'answer_deadline' })
  answerDeadline!: string;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('text')
  outcome!: 'BALANCE' | 'REFUSED';

  /** The PortabilityOutAnswered payload as published: a repeated request gets it again. */
  @Column('jsonb')
  answer!: PayloadOf<'PortabilityOutAnswered'>;

  @Column('timestamptz', { name: 'answered_at' })
  answeredAt!: Date;
}
