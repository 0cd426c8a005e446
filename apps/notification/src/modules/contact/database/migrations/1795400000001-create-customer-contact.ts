import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCustomerContact1795400000001 implements MigrationInterface {
  name = 'CreateCustomerContact1795400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_contact (
        customer_id uuid PRIMARY KEY,
        email text,
        phone text,
        changed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE customer_contact');
  }
}
