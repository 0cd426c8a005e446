import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customers' Web Push subscriptions: the endpoint and keys sealed (they identify a device), the
 * endpoint's lookup hash to find the same device again; `gone_at` once the push service said 404/410.
 */
export class CreatePushSubscription1797600000001 implements MigrationInterface {
  name = 'CreatePushSubscription1797600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE push_subscription (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        endpoint text NOT NULL CHECK (endpoint LIKE 'pii:v%'),
        endpoint_hash text NOT NULL,
        keys text NOT NULL CHECK (keys LIKE 'pii:v%'),
        created_at timestamptz NOT NULL,
        gone_at timestamptz,
        UNIQUE (customer_id, endpoint_hash)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE push_subscription');
  }
}
