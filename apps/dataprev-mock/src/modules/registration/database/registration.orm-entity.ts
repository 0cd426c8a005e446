import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AlterationJson } from './alteration.json';

@Entity({ name: 'benefit_account' })
export class BenefitAccountRow {
  @PrimaryColumn('text', { name: 'benefit_number' })
  benefitNumber!: string;
}

@Entity({ name: 'registration' })
export class RegistrationRow {
  @PrimaryColumn('text')
  protocol!: string;

  @Column('text', { name: 'contract_id' })
  contractId!: string;

  @Column('text', { name: 'benefit_number' })
  benefitNumber!: string;

  @Column('text')
  cpf!: string;

  /** numeric: PostgreSQL returns it as a decimal string, never a float. */
  @Column('numeric', { name: 'installment_amount', precision: 17, scale: 2 })
  installmentAmount!: string;

  @Column('integer', { name: 'term_months' })
  termMonths!: number;

  @Column('date', { name: 'first_deduction_date' })
  firstDeductionDate!: string;

  @Column('text', { name: 'operation_type' })
  operationType!: string;

  @Column('text', { name: 'refinanced_contract_id', nullable: true })
  refinancedContractId!: string | null;

  @Column('text', { name: 'origin_institution_ispb', nullable: true })
  originInstitutionIspb!: string | null;

  @Column('text', { name: 'origin_contract', nullable: true })
  originContract!: string | null;

  @Column('text')
  status!: string;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  /** Oldest first; amounts as decimal strings. */
  @Column('jsonb')
  alterations!: AlterationJson[];
}
