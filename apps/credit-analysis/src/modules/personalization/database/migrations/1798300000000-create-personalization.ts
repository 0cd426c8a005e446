import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 004's financial profiles and recommendation rounds (R-CA-3). The profile's input and RF2
 * facts hold income and debts: sealed (R-SEC-3). A round's seed answer is sealed too (its
 * justification quotes the customer's ratios); classes, offers and feedback stay readable.
 */
export class CreatePersonalization1798300000000 implements MigrationInterface {
  name = 'CreatePersonalization1798300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE financial_profile (
        profile_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        business_date date NOT NULL,
        rules_version text NOT NULL,
        input jsonb NOT NULL,
        sources jsonb NOT NULL,
        result jsonb NOT NULL,
        recommend_base jsonb NOT NULL,
        computed_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX financial_profile_customer ON financial_profile (customer_id, computed_at)');
    await q.query(`
      CREATE TABLE recommendation (
        recommendation_id uuid PRIMARY KEY,
        profile_id uuid NOT NULL REFERENCES financial_profile (profile_id),
        customer_id uuid NOT NULL,
        round integer NOT NULL CHECK (round >= 1),
        previous_recommendation_id uuid REFERENCES recommendation (recommendation_id),
        feedback_given jsonb,
        feedback jsonb NOT NULL,
        result jsonb NOT NULL,
        offers jsonb NOT NULL,
        withheld jsonb NOT NULL,
        rules_version text NOT NULL,
        valid_until date NOT NULL,
        made_at timestamptz NOT NULL
      )`);
    // One answer per round: two concurrent feedbacks to the same round cannot both adjust it.
    await q.query('CREATE UNIQUE INDEX recommendation_next_round ON recommendation (previous_recommendation_id) WHERE previous_recommendation_id IS NOT NULL');
    await q.query('CREATE INDEX recommendation_customer ON recommendation (customer_id, made_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE recommendation');
    await q.query('DROP TABLE financial_profile');
  }
}
