import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Manual payments' Idempotency-Keys move from the payment row to the shared idempotency_key
 * table (libs/service-kit), scope `make-payment`, the payment as the stored result in the shape
 * of PAYMENT_RESULT (database/payment-result.codec.ts); the payment's own columns go.
 */
export class MovePaymentIdempotencyKeys1795700000001 implements MigrationInterface {
  name = 'MovePaymentIdempotencyKeys1795700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO idempotency_key (scope, key, fingerprint, result, created_at)
      SELECT 'make-payment', idempotency_key, request_fingerprint,
             jsonb_build_object(
               'paymentId', payment_id, 'customerId', customer_id, 'contractId', contract_id, 'source', source,
               'amount', amount::text, 'overpayment', overpayment::text, 'paymentDate', to_char(payment_date, 'YYYY-MM-DD'),
               'paidAt', to_jsonb(paid_at), 'allocations', allocations, 'lateChargeParameters', late_charge_parameters,
               'remittanceId', remittance_id),
             paid_at
      FROM payment WHERE idempotency_key IS NOT NULL`);
    await q.query('ALTER TABLE payment DROP COLUMN idempotency_key, DROP COLUMN request_fingerprint');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE payment ADD COLUMN idempotency_key text UNIQUE, ADD COLUMN request_fingerprint char(64)');
    await q.query(`
      UPDATE payment p SET idempotency_key = k.key, request_fingerprint = k.fingerprint
      FROM idempotency_key k WHERE k.scope = 'make-payment' AND (k.result ->> 'paymentId')::uuid = p.payment_id`);
    await q.query(`ALTER TABLE payment ADD CHECK ((idempotency_key IS NULL) = (request_fingerprint IS NULL))`);
    await q.query(`DELETE FROM idempotency_key WHERE scope = 'make-payment'`);
  }
}
