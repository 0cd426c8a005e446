import { randomUUID } from 'node:crypto';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { serviceDatabaseOptions } from '@consignado/eventing';
import { migrateSealingPersonalData, sealClearRows } from '@consignado/service-kit';
import { leaks, sealingMigration } from '@consignado/testing';
import type { DataSource } from 'typeorm';
import { CONTACT_ENTITIES, CONTACT_MIGRATIONS } from '../src/modules/contact/database';
import { TypeOrmContactRepository } from '../src/modules/contact/database/contact.repository';
import { NOTIFICATION_ENTITIES, NOTIFICATION_MIGRATIONS } from '../src/modules/notification/database';
import { TypeOrmNotificationRepository } from '../src/modules/notification/database/notification.repository';
import { NOTIFICATION_SEALING } from '../src/personal-data-at-rest';

const cipher = new FieldCipher(DEV_PII_KEY_RING);

const customerId = randomUUID();
const phoneOnly = randomUUID();
const notificationId = randomUUID();
const CLEAR = {
  email: 'joana.sigilo@example.com', phone: '+5561987654321', otherPhone: '+5561911112222', subject: 'Parcela 1 em atraso',
  body: 'A parcela 1 do seu contrato, de R$ 305,96, venceu em 01/09/2025. Total atualizado em 11/09/2025: R$ 313,09.',
  // Masked by the release before, yet the provider quoted the recipient in a form the mask misses.
  error: '550 5.1.1 joana.sigilo: mailbox unavailable',
};
const CLEAR_VALUES = Object.values(CLEAR);

/** Rows as the service wrote them before personal data was sealed: every value in clear. */
async function clearRows(db: DataSource): Promise<void> {
  await db.query(`INSERT INTO customer_contact (customer_id, email, phone, changed_at) VALUES ($1, $2, $3, now()), ($4, NULL, $5, now())`, [customerId, CLEAR.email, CLEAR.phone, phoneOnly, CLEAR.otherPhone]);
  await db.query(
    `INSERT INTO notification (id, customer_id, source_event_id, source_event_type, correlation_id, template, subject, body) VALUES ($1, $2, $3, 'InstallmentDue', $4, 'INSTALLMENT_OVERDUE', $5, $6)`,
    [notificationId, customerId, randomUUID(), randomUUID(), CLEAR.subject, CLEAR.body],
  );
  for (const [channel, address, status, error] of [['PUSH', customerId, 'SENT', null], ['EMAIL', CLEAR.email, 'RETRYING', CLEAR.error], ['SMS', CLEAR.phone, 'PENDING', null]]) {
    await db.query(
      `INSERT INTO notification_delivery (id, notification_id, channel, address, status, attempts, next_attempt_at, last_error) VALUES ($1, $2, $3, $4, $5, 1, now(), $6)`,
      [randomUUID(), notificationId, channel, address, status, error],
    );
  }
}

/** Personal data at rest (R-SEC-3): the start-up backfill, then the migrations that refuse clear data. */
describe('notification personal data at rest: migrations and the start-up backfill', () => {
  const sealing = sealingMigration({
    databaseOptions: serviceDatabaseOptions,
    entities: [...NOTIFICATION_ENTITIES, ...CONTACT_ENTITIES],
    migrations: [...NOTIFICATION_MIGRATIONS, ...CONTACT_MIGRATIONS],
    // RequireSealedContact1797100000000 and later came with sealed personal data.
    clearBefore: 1797100000000,
    seed: clearRows,
    tables: ['customer_contact', 'notification', 'notification_delivery'],
  });

  it('rows written the old way are in clear, and the migrations that refuse clear data refuse to run before the backfill', async () => {
    expect(leaks(await sealing.rows(), CLEAR_VALUES)).toEqual(CLEAR_VALUES);
    await expect(sealing.all.runMigrations({ transaction: 'each' })).rejects.toThrow('RequireSealedContact: 2 customer_contact rows still hold personal data in clear');
  });

  it('the start-up step seals every row still in clear, a batch at a time, then runs the rest of the migrations', async () => {
    await migrateSealingPersonalData(sealing.options(), NOTIFICATION_SEALING, cipher, 1);
    const rows = await sealing.rows();
    expect(leaks(rows, CLEAR_VALUES)).toEqual([]);
    // The push address (the customer id) is sealed like the others.
    expect(rows.join('\n')).not.toContain(`"address":"${customerId}"`);
    expect(rows).toHaveLength(6);
    const done = await sealing.schema.dataSource.query(`SELECT name FROM migrations WHERE name LIKE 'RequireSealed%' ORDER BY name`);
    expect(done.map((r: { name: string }) => r.name)).toEqual(['RequireSealedContact1797100000000', 'RequireSealedDeliveryError1797250000001', 'RequireSealedNotificationData1797100000001']);
    // NULL stays NULL: the deliveries that never failed have no error to seal.
    expect(await sealing.schema.dataSource.query(`SELECT channel FROM notification_delivery WHERE last_error IS NULL ORDER BY channel`)).toEqual([{ channel: 'PUSH' }, { channel: 'SMS' }]);
  });

  it('reads every sealed row back as it was written', async () => {
    const db = sealing.schema.dataSource;
    const contacts = new TypeOrmContactRepository(cipher);
    expect(await contacts.find(db.manager, customerId)).toMatchObject({ email: CLEAR.email, phone: CLEAR.phone });
    expect(await contacts.find(db.manager, phoneOnly)).toMatchObject({ email: undefined, phone: CLEAR.otherPhone });
    const [item] = await new TypeOrmNotificationRepository(db, cipher).listByCustomer(customerId, 10);
    expect(item).toMatchObject({ id: notificationId, subject: CLEAR.subject, body: CLEAR.body });
    expect(item.deliveries.map((d) => [d.channel, d.address, d.lastError])).toEqual([['PUSH', customerId, null], ['EMAIL', CLEAR.email, CLEAR.error], ['SMS', CLEAR.phone, null]]);
  });

  it('is idempotent: run again, it seals nothing and changes nothing', async () => {
    const before = await sealing.rows();
    expect(await sealClearRows(sealing.schema.dataSource, NOTIFICATION_SEALING, cipher)).toEqual({ customer_contact: 0, notification: 0, notification_delivery: 0 });
    await migrateSealingPersonalData(sealing.options(), NOTIFICATION_SEALING, cipher);
    expect(await sealing.rows()).toEqual(before);
  });

  it('from now on the database refuses personal data in clear', async () => {
    const db = sealing.schema.dataSource;
    await expect(db.query(`UPDATE customer_contact SET email = $2 WHERE customer_id = $1`, [customerId, CLEAR.email])).rejects.toThrow(/customer_contact_email_sealed/);
    await expect(db.query(`UPDATE customer_contact SET phone = $2 WHERE customer_id = $1`, [customerId, CLEAR.phone])).rejects.toThrow(/customer_contact_phone_sealed/);
    await expect(db.query(`UPDATE notification SET body = $2 WHERE id = $1`, [notificationId, CLEAR.body])).rejects.toThrow(/notification_body_sealed/);
    await expect(db.query(`UPDATE notification SET subject = $2 WHERE id = $1`, [notificationId, CLEAR.subject])).rejects.toThrow(/notification_subject_sealed/);
    await expect(db.query(`UPDATE notification_delivery SET address = $2 WHERE notification_id = $1`, [notificationId, CLEAR.email])).rejects.toThrow(/notification_delivery_address_sealed/);
    await expect(db.query(`UPDATE notification_delivery SET last_error = $2 WHERE notification_id = $1`, [notificationId, CLEAR.error])).rejects.toThrow(/notification_delivery_last_error_sealed/);
    // Push devices came with sealed endpoints and keys (CreatePushSubscription1797600000001): never in clear either.
    const device = (endpoint: string, keys: string) =>
      db.query(`INSERT INTO push_subscription (id, customer_id, endpoint, endpoint_hash, keys, created_at) VALUES ($1, $2, $3, $4, $5, now())`, [randomUUID(), customerId, endpoint, cipher.lookup(endpoint), keys]);
    const endpoint = 'https://fcm.googleapis.com/fcm/send/dispositivo-da-joana';
    const keys = JSON.stringify({ p256dh: 'BNcR', auth: 'tBHI' });
    await expect(device(endpoint, cipher.seal(keys, 'push_subscription.keys'))).rejects.toThrow(/push_subscription_endpoint_check/);
    await expect(device(cipher.seal(endpoint, 'push_subscription.endpoint'), keys)).rejects.toThrow(/push_subscription_keys_check/);
    await device(cipher.seal(endpoint, 'push_subscription.endpoint'), cipher.seal(keys, 'push_subscription.keys'));
  });

  it('lets the personal data be erased, but never leaves a due delivery without an address', async () => {
    await expect(sealing.schema.dataSource.query(`UPDATE notification_delivery SET address = NULL WHERE channel = 'SMS' AND notification_id = $1`, [notificationId])).rejects.toThrow(/notification_delivery_due_has_address/);
    const tx = sealing.schema.dataSource.createQueryRunner();
    await tx.startTransaction();
    try {
      await tx.query(`UPDATE notification SET subject = NULL, body = NULL WHERE id = $1`, [notificationId]);
      await tx.query(`UPDATE notification_delivery SET status = 'CANCELLED' WHERE notification_id = $1 AND status IN ('PENDING', 'RETRYING')`, [notificationId]);
      await tx.query(`UPDATE notification_delivery SET address = NULL, last_error = NULL WHERE notification_id = $1`, [notificationId]);
      const erased = await tx.query(`SELECT channel, status FROM notification_delivery WHERE notification_id = $1 AND address IS NULL ORDER BY channel`, [notificationId]);
      expect(erased).toEqual([{ channel: 'EMAIL', status: 'CANCELLED' }, { channel: 'PUSH', status: 'SENT' }, { channel: 'SMS', status: 'CANCELLED' }]);
    } finally {
      await tx.rollbackTransaction();
      await tx.release();
    }
  });

  it('down() lifts the constraints again; the release before cannot hold erased rows, so that step refuses while any exists', async () => {
    const db = sealing.schema.dataSource;
    // The latest, CreatePushSubscription1797600000001, came with sealed devices only: its down() drops its table.
    await sealing.all.undoLastMigration({ transaction: 'each' });
    expect(await db.query(`SELECT to_regclass('push_subscription') AS t`)).toEqual([{ t: null }]);
    expect(await db.query(`SELECT to_regclass('contract_block_revision') AS t`)).not.toEqual([{ t: null }]);
    // Then CreateContractBlockRevision1797600000000, which holds nothing personal: its down() drops its table.
    await sealing.all.undoLastMigration({ transaction: 'each' });
    expect(await db.query(`SELECT to_regclass('contract_block_revision') AS t`)).toEqual([{ t: null }]);
    await sealing.all.undoLastMigration({ transaction: 'each' });
    await db.query(`UPDATE notification_delivery SET last_error = $2 WHERE notification_id = $1 AND channel = 'EMAIL'`, [notificationId, CLEAR.error]);
    const [{ subject }] = await db.query(`SELECT subject FROM notification WHERE id = $1`, [notificationId]);
    await db.query(`UPDATE notification SET subject = NULL WHERE id = $1`, [notificationId]);
    await expect(sealing.all.undoLastMigration({ transaction: 'each' })).rejects.toThrow('ErasableNotificationData: 1 rows were erased (LGPD)');
    await db.query(`UPDATE notification SET subject = $2 WHERE id = $1`, [notificationId, subject]);
    for (let undone = 0; undone < 3; undone++) await sealing.all.undoLastMigration({ transaction: 'each' });
    await db.query(`UPDATE customer_contact SET email = $2 WHERE customer_id = $1`, [phoneOnly, CLEAR.email]);
    await db.query(`UPDATE notification SET body = $2 WHERE id = $1`, [notificationId, CLEAR.body]);
  });
});
