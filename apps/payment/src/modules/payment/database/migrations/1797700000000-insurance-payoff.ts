import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The credit-life insurer's payoff of a death claim (R-LN-8): source INSURANCE, its settlement
 * naming the claim (`claimId`), recorded once per claim — a partial unique index as for the
 * refinancing and portability payoffs (1795900000001), so two deliveries racing cannot both write.
 * down() keeps every payment — money received is never deleted: the index and the claim check go,
 * the source check keeps INSURANCE (a NOT VALID check without it would still refuse any UPDATE of
 * those rows, e.g. 1795900000001's own down()).
 */
export class InsurancePayoff1797700000000 implements MigrationInterface {
  name = 'InsurancePayoff1797700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE payment
        DROP CONSTRAINT payment_source_check,
        ADD CONSTRAINT payment_source_check CHECK (source IN ('MANUAL','PAYROLL','REFINANCING','PORTABILITY','INSURANCE')),
        ADD CONSTRAINT payment_insurance_claim CHECK (source <> 'INSURANCE' OR settlement ->> 'claimId' IS NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX payment_insurance_payoff ON payment ((settlement ->> 'claimId')) WHERE source = 'INSURANCE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX payment_insurance_payoff');
    await q.query('ALTER TABLE payment DROP CONSTRAINT payment_insurance_claim');
  }
}
