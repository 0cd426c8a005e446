import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One customer per CPF (R-PR-6). Personal data is sealed at rest (R-SEC-3): the columns marked
 * Sealed hold `pii:v1:<kid>:…` (amounts as their decimal string, dates as ISO text) and a CHECK
 * refuses anything else; the CPF is found and kept unique through `cpf_hash`, its keyed hash.
 * customer.mapper seals and opens them.
 */
@Entity({ name: 'customer' })
export class CustomerRow {
  @PrimaryColumn('uuid')
  id!: string;

  /** Sealed. */
  @Column('text')
  cpf!: string;

  /** HMAC-SHA256 (hex) of the 11 digits under the lookup key: uniqueness and lookup by CPF. */
  @Column('char', { name: 'cpf_hash', length: 64, unique: true })
  cpfHash!: string;

  /** Sealed. */
  @Column('text')
  name!: string;

  /** Sealed ISO date. */
  @Column('text', { name: 'birth_date' })
  birthDate!: string;

  /** Sealed decimal string. */
  @Column('text', { name: 'monthly_income' })
  monthlyIncome!: string;

  /** Sealed decimal string. */
  @Column('text', { name: 'monthly_expenses', nullable: true })
  monthlyExpenses!: string | null;

  @Column('text', { name: 'link_type' })
  linkType!: string;

  /** Sealed. */
  @Column('text', { name: 'benefit_number', nullable: true })
  benefitNumber!: string | null;

  @Column('text', { name: 'benefit_kind', nullable: true })
  benefitKind!: string | null;

  /** Sealed decimal string. */
  @Column('text', { name: 'benefit_value', nullable: true })
  benefitValue!: string | null;

  @Column('date', { name: 'benefit_start_date', nullable: true })
  benefitStartDate!: string | null;

  /** Sealed. */
  @Column('text', { nullable: true })
  email!: string | null;

  /** Sealed. */
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

  /** Sealed JSON of the PayoutAccount (PIX key or bank account, R-LN-10); null until registered. */
  @Column('text', { name: 'payout_account', nullable: true })
  payoutAccount!: string | null;

  @Column('timestamptz', { name: 'payout_account_changed_at', nullable: true })
  payoutAccountChangedAt!: Date | null;
}

/** Corban partners that may read a customer: the one that registered them, and any with a proposal for them. */
@Entity({ name: 'customer_partner' })
export class CustomerPartnerRow {
  @PrimaryColumn('uuid', { name: 'customer_id' })
  customerId!: string;

  @PrimaryColumn('uuid', { name: 'partner_id' })
  partnerId!: string;
}
