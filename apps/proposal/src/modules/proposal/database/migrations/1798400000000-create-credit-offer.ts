import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit offers (seed 004): each priced loan of a RecommendationMade, kept as received (`terms`),
 * with the recommendation's last day and the proposal made from it (`proposal_id`, one per offer);
 * and the proposal's `offer_id`, unique where set. Rows written before have no offer.
 */
export class CreateCreditOffer1798400000000 implements MigrationInterface {
  name = 'CreateCreditOffer1798400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE credit_offer (
        offer_id uuid PRIMARY KEY,
        recommendation_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        round int NOT NULL,
        seed_product text NOT NULL,
        product text NOT NULL,
        operation_type text NOT NULL,
        requested_amount numeric(15, 2) NOT NULL,
        term_months int NOT NULL,
        monthly_rate text NOT NULL,
        contract_date date NOT NULL,
        first_due_date date NOT NULL,
        refinanced_contract_id uuid,
        portability jsonb,
        terms jsonb NOT NULL,
        valid_until date NOT NULL,
        received_at timestamptz NOT NULL,
        proposal_id uuid UNIQUE REFERENCES proposal (id)
      )`);
    await q.query('CREATE INDEX credit_offer_customer ON credit_offer (customer_id, received_at)');
    await q.query('ALTER TABLE proposal ADD COLUMN offer_id uuid REFERENCES credit_offer (offer_id)');
    await q.query('CREATE UNIQUE INDEX proposal_offer_id ON proposal (offer_id) WHERE offer_id IS NOT NULL');
  }

  /** The offers and the link of the proposals made from them go (the proposals stay, as any other). */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX proposal_offer_id');
    await q.query('ALTER TABLE proposal DROP COLUMN offer_id');
    await q.query('DROP TABLE credit_offer');
  }
}
