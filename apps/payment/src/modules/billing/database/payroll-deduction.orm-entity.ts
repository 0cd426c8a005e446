import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'payroll_deduction' })
export class PayrollDeductionRow {
  @PrimaryColumn('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('uuid', { name: 'averbation_id' })
  averbationId!: string;

  @Column('text')
  protocol!: string;

  /** Sealed (`payroll_deduction.benefit_number`); null once the customer's personal data was erased. */
  @Column('text', { name: 'benefit_number', nullable: true })
  benefitNumber!: string | null;

  @Column('numeric', { name: 'installment_amount', precision: 17, scale: 2 })
  installmentAmount!: string;

  @Column('integer', { name: 'term_months' })
  termMonths!: number;

  @Column('date', { name: 'first_due_date' })
  firstDueDate!: string;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;
}
