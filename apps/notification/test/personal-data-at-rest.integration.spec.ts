import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { bearer, publishEvent, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { pushesTo, signedInCustomer, subscribeDevice } from './customer-device';
import { MailSinkProcess } from './mail-sink.process';
import { startNotification } from './start-notification';

/**
 * Personal data at rest (LGPD, R-SEC-3), read as an attacker with the database would: straight
 * through `pg`, every table of the service's schema, after a contact change, a push device subscribed
 * and a notification sent on all three channels.
 */
describe('notification keeps no personal data in clear at rest', () => {
  let service: TestService<NotificationConfig>;
  let producer: Producer;
  let sink: MailSinkProcess;
  const kafka = testKafka();

  beforeAll(async () => {
    sink = await MailSinkProcess.create();
    await sink.start();
    service = await startNotification(sink.fastDeliveryEnv());
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
    await sink?.stop();
  });

  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, service.namespace, type, payload);

  const list = async (customerId: string): Promise<any[]> => {
    const res = await fetch(`${service.baseUrl}/v1/notifications?customerId=${customerId}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: any[] }).items;
  };

  /** Every row of every table in the service's schema, as JSON text. */
  async function everyRow(): Promise<string[]> {
    const client = new Client({ connectionString: service.config.DATABASE_URL });
    await client.connect();
    try {
      const schema = service.config.DATABASE_SCHEMA;
      const { rows: tables } = await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`, [schema]);
      const rows: string[] = [];
      for (const { table_name } of tables) {
        const { rows: found } = await client.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM ${client.escapeIdentifier(schema)}.${client.escapeIdentifier(table_name)} t`);
        rows.push(...found.map((x) => x.r));
      }
      return rows;
    } finally {
      await client.end();
    }
  }

  it('seals the contact, the push device, the texts and the addresses, and still e-mails, texts and pushes the right addresses', async () => {
    const customer = await signedInCustomer();
    const { customerId } = customer;
    const device = await subscribeDevice(service.baseUrl, sink, customer);
    const email = `sigilo-${randomUUID().slice(0, 8)}@example.com`;
    const phone = '+5561987650123';
    await publish('CustomerContactChanged', { customerId, email, phone, changedAt: new Date().toISOString() });
    // The contact travels on its own topic: wait until it is stored before the notification's event.
    const db = service.app.get(DataSource);
    await waitFor(async () => ((await db.query('SELECT 1 FROM customer_contact WHERE customer_id = $1', [customerId])) as unknown[]).length > 0, { description: 'contact stored' });
    await publish('InstallmentDue', {
      ...examplePayload('InstallmentDue'), customerId, kind: 'OVERDUE', installmentNumber: 1, amount: '305.96', dueDate: '2025-09-01', referenceDate: '2025-09-11', daysLate: 10, fine: '6.12', mora: '1.01', totalDue: '313.09',
    });

    const [item] = await waitFor(async () => {
      const items = await list(customerId);
      return items.length === 1 && items[0].deliveries.length === 3 && items[0].deliveries.every((d: any) => d.status === 'SENT') ? items : undefined;
    }, { timeoutMs: 30_000, description: 'the overdue notice sent on every channel' });
    const mails = await sink.messages(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: [email], subject: item.subject, text: item.body });
    expect(item.body).toContain('R$ 313,09');
    expect(await sink.sms(phone)).toMatchObject([{ to: phone.slice(1), text: `${item.subject}: ${item.body}` }]);
    expect(await pushesTo(sink, device)).toEqual([{ notificationId: item.id, title: item.subject, body: item.body }]);

    const rows = await everyRow();
    expect(rows.filter((r) => r.includes(customerId)).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.includes(`"id":"${device.subscriptionId}"`))).toHaveLength(1);
    // The endpoint (its path names the device at the push service) and the keys are sealed; so is every delivery's address.
    const { endpoint, keys } = device.device;
    const clear = [email, phone, phone.slice(3), item.subject, 'R$ 305,96', 'R$ 313,09', endpoint, device.device.id, keys.p256dh, keys.auth, `"address":"${device.subscriptionId}"`];
    expect(clear.filter((value) => rows.some((row) => row.includes(value)))).toEqual([]);
  });
});
