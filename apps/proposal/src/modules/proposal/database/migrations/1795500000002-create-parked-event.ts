import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateParkedEvent1795500000002 implements MigrationInterface {
  name = 'CreateParkedEvent1795500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposal_parked_event (
        seq bigserial PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        event_id uuid NOT NULL UNIQUE,
        event_type text NOT NULL,
        envelope jsonb NOT NULL,
        parked_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX proposal_parked_event_proposal ON proposal_parked_event (proposal_id, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE proposal_parked_event');
  }
}
