import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A workout accepted (R-LN-8, docs/life-cycle.md): a settling payment with source RENEGOTIATION
 * — no money moves, the debt goes to the new contract — whose settlement carries the new
 * contract's id and the accepted terms (`renegotiation`, WorkoutTerms), recorded once per new
 * contract (a partial unique index, as for the other payoffs). down() keeps every payment — money
 * received is never deleted: the index and the terms check go, the source check keeps
 * RENEGOTIATION (as 1797700000000 keeps INSURANCE).
 */
export class RenegotiationPayment1798100000001 implements MigrationInterface {
  name = 'RenegotiationPayment1798100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE payment
        DROP CONSTRAINT payment_source_check,
        ADD CONSTRAINT payment_source_check CHECK (source IN ('MANUAL','PAYROLL','REFINANCING','PORTABILITY','INSURANCE','RENEGOTIATION')),
        ADD CONSTRAINT payment_renegotiation_terms CHECK (
          source <> 'RENEGOTIATION' OR (settlement ->> 'replacedByContractId' IS NOT NULL AND settlement -> 'renegotiation' ->> 'renegotiationId' IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX payment_renegotiation ON payment ((settlement ->> 'replacedByContractId')) WHERE source = 'RENEGOTIATION'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX payment_renegotiation');
    await q.query('ALTER TABLE payment DROP CONSTRAINT payment_renegotiation_terms');
  }
}
