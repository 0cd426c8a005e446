import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One customer per CPF (R-PR-6). Amounts are numeric, read back as decimal strings. */
@Entity({ name: 'customer' })
export class CustomerRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('char', { length: 11, unique: true })
  cpf!: string;

  @Column('text')
  name!: string;

  @Column('date', { name: 'birth_date' })
  birthDate!: string;

  @Column('numeric', { name: 'monthly_income', precision: 15, scale: 2 })
  monthlyIncome!: string;

  @Column('numeric', { name: 'monthly_expenses', precision: 15, scale: 2, nullable: true })
  monthlyExpenses!: string | null;

  @Column('text', { name: 'link_type' })
  linkType!: string;

  @Column('char', { name: 'benefit_number', length: 10, nullable: true })
  benefitNumber!: string | null;

  @Column('text', { name: 'benefit_kind', nullable: true })
  benefitKind!: string | null;

  @Column('numeric', { name: 'benefit_value', precision: 15, scale: 2, nullable: true })
  benefitValue!: string | null;

  @Column('date', { name: 'benefit_start_date', nullable: true })
  benefitStartDate!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text')
  status!: string;

  @Column('text', { name: 'registered_channel' })
  registeredChannel!: string;

  @Column('uuid', { name: 'registered_partner_id', nullable: true })
  registeredPartnerId!: string | null;

  @Column('text', { name: 'registered_operator_id', nullable: true })
  registeredOperatorId!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}

/** Corban partners that may read a customer: the one that registered them, and any with a proposal for them. */
@Entity({ name: 'customer_partner' })
export class CustomerPartnerRow {
  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId!: string;

  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId!: string;
}
