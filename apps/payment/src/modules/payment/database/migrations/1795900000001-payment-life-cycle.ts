import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments of the life cycle (docs/life-cycle.md): a purpose (INSTALLMENT, EARLY_SETTLEMENT,
 * EXTRA_AMORTIZATION), the unallocated money a settlement or amortization carries, the settlement
 * instruction, what was computed (the settled position, the new plan), the payoffs of refinancings
 * and portabilities (sources REFINANCING, PORTABILITY), recorded once per new contract / NU, and
 * payoffs CREDITED whole to a contract that had already ended. Existing payments are installment
 * payments, applied. down() keeps every payment — money received is never deleted: the life-cycle
 * columns go, the source check comes back NOT VALID so refinancing and portability payoffs stay.
 */
export class PaymentLifeCycle1795900000001 implements MigrationInterface {
  name = 'PaymentLifeCycle1795900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE payment
        ADD COLUMN purpose text NOT NULL DEFAULT 'INSTALLMENT' CHECK (purpose IN ('INSTALLMENT','EARLY_SETTLEMENT','EXTRA_AMORTIZATION')),
        ADD COLUMN unallocated numeric(17,2) NOT NULL DEFAULT 0 CHECK (unallocated >= 0),
        ADD COLUMN settlement jsonb,
        ADD COLUMN details jsonb,
        ADD COLUMN effect text NOT NULL DEFAULT 'APPLIED' CHECK (effect IN ('APPLIED','CREDITED')),
        ALTER COLUMN late_charge_parameters DROP NOT NULL,
        DROP CONSTRAINT payment_source_check,
        ADD CONSTRAINT payment_source_check CHECK (source IN ('MANUAL','PAYROLL','REFINANCING','PORTABILITY')),
        ADD CONSTRAINT payment_settlement CHECK ((purpose = 'EARLY_SETTLEMENT') = (settlement IS NOT NULL))`);
    await q.query(`CREATE UNIQUE INDEX payment_refinancing_payoff ON payment ((settlement ->> 'replacedByContractId')) WHERE source = 'REFINANCING'`);
    await q.query(`CREATE UNIQUE INDEX payment_portability_payoff ON payment ((settlement ->> 'portabilityNumber')) WHERE source = 'PORTABILITY'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX payment_portability_payoff');
    await q.query('DROP INDEX payment_refinancing_payoff');
    await q.query(`UPDATE payment SET late_charge_parameters = 'NONE' WHERE late_charge_parameters IS NULL`);
    await q.query(`
      ALTER TABLE payment
        DROP CONSTRAINT payment_settlement,
        DROP CONSTRAINT payment_source_check,
        ADD CONSTRAINT payment_source_check CHECK (source IN ('MANUAL','PAYROLL')) NOT VALID,
        ALTER COLUMN late_charge_parameters SET NOT NULL,
        DROP COLUMN purpose, DROP COLUMN unallocated, DROP COLUMN settlement, DROP COLUMN details, DROP COLUMN effect`);
  }
}
