import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A credit offer of a recommendation (RecommendationMade), as received; `proposalId` once a proposal was made from it. */
@Entity({ name: 'credit_offer' })
export class CreditOfferRow {
  @PrimaryColumn('uuid', { name: 'offer_id' })
  offerId!: string;

  @Column('uuid', { name: 'recommendation_id' })
  recommendationId!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('int')
  round!: number;

  @Column('text', { name: 'seed_product' })
  seedProduct!: string;

  @Column('text')
  product!: string;

  @Column('text', { name: 'operation_type' })
  operationType!: string;

  @Column('numeric', { name: 'requested_amount', precision: 15, scale: 2 })
  requestedAmount!: string;

  @Column('int', { name: 'term_months' })
  termMonths!: number;

  @Column('text', { name: 'monthly_rate' })
  monthlyRate!: string;

  @Column('date', { name: 'contract_date' })
  contractDate!: string;

  @Column('date', { name: 'first_due_date' })
  firstDueDate!: string;

  @Column('uuid', { name: 'refinanced_contract_id', nullable: true })
  refinancedContractId!: string | null;

  @Column('jsonb', { nullable: true })
  portability!: object | null;

  /** The whole CreditOffer as the event carried it. */
  @Column('jsonb')
  terms!: object;

  @Column('date', { name: 'valid_until' })
  validUntil!: string;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;

  @Column('uuid', { name: 'proposal_id', nullable: true })
  proposalId!: string | null;
}
