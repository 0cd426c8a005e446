import { createIsolatedSchema, type IsolatedSchema } from '@consignado/testing';
import { randomUUID } from 'node:crypto';
import { messagingMigrations } from '../src';
import { CLAIM_SQL, type OutboxRow } from '../src/outbox/relay-sql';

/** Two relays claiming at once (SKIP LOCKED) must not publish a key's rows out of order (R-EV-4). */
describe('outbox claim with concurrent relays', () => {
  let db: IsolatedSchema;

  beforeAll(async () => {
    db = await createIsolatedSchema({ migrations: messagingMigrations });
  });
  afterAll(() => db.drop());

  it('holds back rows whose key has an earlier row claimed by the other relay', async () => {
    for (const key of ['A', 'B', 'A', 'C', 'B']) {
      await db.dataSource.query(
        `INSERT INTO outbox (event_id, topic, message_key, event_type, payload) VALUES ($1, 't', $2, 'T', '{}')`,
        [randomUUID(), key],
      );
    }
    const first = db.dataSource.createQueryRunner();
    const second = db.dataSource.createQueryRunner();
    await first.startTransaction();
    await second.startTransaction();
    try {
      const keysOf = (rows: OutboxRow[]) => rows.map((r) => `${r.id}:${r.message_key}`);
      expect(keysOf(await first.query(CLAIM_SQL, [2]))).toEqual(['1:A', '2:B']);
      // Rows 3 (A) and 5 (B) wait for rows 1 and 2, held by the first relay; C is free.
      expect(keysOf(await second.query(CLAIM_SQL, [10]))).toEqual(['4:C']);
    } finally {
      await first.rollbackTransaction();
      await second.rollbackTransaction();
      await first.release();
      await second.release();
    }
    // With nobody else holding rows, one relay takes everything, in id order.
    const all: OutboxRow[] = await db.dataSource.query(CLAIM_SQL, [10]);
    expect(all.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5']);
  });
});
