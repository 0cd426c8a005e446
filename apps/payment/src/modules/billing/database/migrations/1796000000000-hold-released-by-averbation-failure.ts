import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A refinancing hold may also end because the new contract's averbação failed for good (AVERBATION_FAILED). */
export class HoldReleasedByAverbationFailure1796000000000 implements MigrationInterface {
  name = 'HoldReleasedByAverbationFailure1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE refinancing_hold DROP CONSTRAINT refinancing_hold_release_reason_check`);
    await q.query(`ALTER TABLE refinancing_hold ADD CONSTRAINT refinancing_hold_release_reason_check CHECK (release_reason IN ('ACTIVATED','CANCELLED','AVERBATION_FAILED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The earlier schema has no such reason: those releases read as CANCELLED (the proposal ended without a contract).
    await q.query(`UPDATE refinancing_hold SET release_reason = 'CANCELLED' WHERE release_reason = 'AVERBATION_FAILED'`);
    await q.query(`ALTER TABLE refinancing_hold DROP CONSTRAINT refinancing_hold_release_reason_check`);
    await q.query(`ALTER TABLE refinancing_hold ADD CONSTRAINT refinancing_hold_release_reason_check CHECK (release_reason IN ('ACTIVATED','CANCELLED'))`);
  }
}
