import { randomUUID } from 'node:crypto';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { serviceDatabaseOptions } from '@consignado/eventing';
import { messagingMigrations } from '@consignado/messaging';
import { migrateSealingPersonalData } from '@consignado/service-kit';
import { createIsolatedSchema, type IsolatedSchema, testEndpoints } from '@consignado/testing';
import type { DataSourceOptions } from 'typeorm';
import { CONTACT_ENTITIES, CONTACT_MIGRATIONS } from '../src/modules/contact/database';
import { NOTIFICATION_ENTITIES, NOTIFICATION_MIGRATIONS } from '../src/modules/notification/database';
import { TypeOrmNotificationRepository } from '../src/modules/notification/database/notification.repository';
import { NOTIFICATION_SEALING } from '../src/personal-data-at-rest';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const ENTITIES = [...NOTIFICATION_ENTITIES, ...CONTACT_ENTITIES];
const MIGRATIONS = [...NOTIFICATION_MIGRATIONS, ...CONTACT_MIGRATIONS];
/** The release before: texts and addresses already sealed, the last error (masked) still in clear. */
const RELEASE_BEFORE = MIGRATIONS.filter((m) => Number(m.name.slice(-13)) < 1797250000000);
const ERROR = '550 5.1.1 joana.sigilo: mailbox unavailable';

/** Upgrading from the release that sealed texts and addresses: the start-up step seals the errors it left in clear (R-SEC-3). */
describe('notification upgrade: delivery errors sealed at start-up', () => {
  let schema: IsolatedSchema;
  const customerId = randomUUID();
  const notificationId = randomUUID();

  beforeAll(async () => {
    schema = await createIsolatedSchema({ migrations: [...messagingMigrations, ...RELEASE_BEFORE], entities: ENTITIES });
    await schema.dataSource.query(
      `INSERT INTO notification (id, customer_id, source_event_id, source_event_type, correlation_id, template, subject, body) VALUES ($1, $2, $3, 'ProposalCancelled', $4, 'PROPOSAL_CANCELLED', $5, $6)`,
      [notificationId, customerId, randomUUID(), randomUUID(), cipher.seal('Proposta cancelada', 'notification.subject'), cipher.seal('Sua proposta foi cancelada.', 'notification.body')],
    );
    await schema.dataSource.query(
      `INSERT INTO notification_delivery (id, notification_id, channel, address, status, attempts, next_attempt_at, last_error) VALUES ($1, $2, 'EMAIL', $3, 'RETRYING', 2, now(), $4)`,
      [randomUUID(), notificationId, cipher.seal('joana.sigilo@example.com', 'notification_delivery.address'), ERROR],
    );
  });

  afterAll(() => schema?.drop());

  it('seals the clear errors before the migration that refuses them, and reads them back', async () => {
    const options = { ...serviceDatabaseOptions({ url: testEndpoints().databaseUrl, schema: schema.schema, entities: ENTITIES, migrations: MIGRATIONS }), logging: false };
    await migrateSealingPersonalData(options as Extract<DataSourceOptions, { type: 'postgres' }>, NOTIFICATION_SEALING, cipher);
    const [row] = await schema.dataSource.query(`SELECT last_error FROM notification_delivery WHERE notification_id = $1`, [notificationId]);
    expect(FieldCipher.isSealed(row.last_error)).toBe(true);
    const done = await schema.dataSource.query(`SELECT name FROM migrations WHERE name LIKE '%1797250%' ORDER BY name`);
    expect(done).toEqual([{ name: 'ErasableNotificationData1797250000000' }, { name: 'RequireSealedDeliveryError1797250000001' }]);
    const [item] = await new TypeOrmNotificationRepository(schema.dataSource, cipher).listByCustomer(customerId);
    expect(item.deliveries).toMatchObject([{ channel: 'EMAIL', address: 'joana.sigilo@example.com', status: 'RETRYING', lastError: ERROR }]);
  });
});
