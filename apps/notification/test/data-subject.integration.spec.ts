import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { bearer, publishEvent, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { pushesTo, type RegisteredDevice, signedInCustomer, subscribeDevice } from './customer-device';
import { MailSinkProcess } from './mail-sink.process';
import { startNotification } from './start-notification';

/**
 * The data subject's rights over notification's data (LGPD art. 18, R-SEC-3) on the real stack:
 * the export (real tokens, audited) and the erasure on loan's decision. The mail sink is the SMSC and
 * the push service, but SMTP is down (port 9): the e-mail stays RETRYING — the delivery an erasure
 * must cancel — while the push to Ana's device and the SMS go out (SENT, which an erasure keeps).
 */
describe('notification: personal data export and erasure', () => {
  const identity = testIdentity();
  let service: TestService<NotificationConfig>;
  let producer: Producer;
  let sink: MailSinkProcess;
  let db: DataSource;
  let anasPhone: RegisteredDevice;
  let ana: { customerId: string; headers: Record<string, string> };
  let bia: { customerId: string; headers: Record<string, string> };
  const email = `titular-${randomUUID().slice(0, 8)}@example.com`;
  const phone = '+5561987650456';
  const requestId = randomUUID();
  let decidedAt: string;

  beforeAll(async () => {
    sink = await MailSinkProcess.create();
    await sink.start();
    service = await startNotification(sink.fastDeliveryEnv({ SMTP_PORT: '9', SMTP_TIMEOUT_MS: '1000', DELIVERY_BACKOFF_MAX_MS: '100' }));
    producer = testKafka().producer();
    await producer.connect();
    db = service.app.get(DataSource);
    [ana, bia] = [await signedInCustomer(), await signedInCustomer()];
    anasPhone = await subscribeDevice(service.baseUrl, sink, ana);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
    await sink?.stop();
  });

  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, service.namespace, type, payload);
  const consumed = async (eventId: string) =>
    waitFor(async () => ((await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { timeoutMs: 30_000, description: `event ${eventId} consumed` });
  const publishAndWait = async <T extends EventType>(type: T, payload: PayloadOf<T>) => consumed((await publish(type, payload)).eventId);

  const exportOf = async (customerId: string, headers: Record<string, string>) => {
    const res = await fetch(`${service.baseUrl}/v1/personal-data/${customerId}`, { headers });
    return { status: res.status, body: (await res.json()) as any };
  };
  const privacyOffice = async () => bearer(await identity.clientToken('privacy-office'));
  const decision = (decision: 'ANONYMIZE' | 'RETAIN', extra: Partial<PayloadOf<'DataSubjectErasureDecided'>> = {}): PayloadOf<'DataSubjectErasureDecided'> => ({
    ...examplePayload('DataSubjectErasureDecided'), requestId, customerId: ana.customerId, decision, reason: undefined, retainedUntil: undefined, decidedAt: new Date().toISOString(), ...extra,
  });

  /** Ana's rows in every table that names her, as the database holds them. */
  const rowsOfAna = async () => ({
    contact: await db.query('SELECT email, phone, changed_at FROM customer_contact WHERE customer_id = $1', [ana.customerId]),
    notifications: await db.query('SELECT id, template, subject, body, source_event_id, created_at FROM notification WHERE customer_id = $1 ORDER BY created_at', [ana.customerId]),
    deliveries: await db.query(
      'SELECT d.channel, d.address, d.status, d.attempts, d.last_error, d.sent_at FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.customer_id = $1 ORDER BY n.created_at, d.channel',
      [ana.customerId],
    ),
    pushDevices: await db.query('SELECT id, endpoint, keys, created_at, gone_at FROM push_subscription WHERE customer_id = $1', [ana.customerId]),
  });
  const deliveryOf = async (channel: string) => ((await rowsOfAna()).deliveries as any[]).find((d) => d.channel === channel);
  const emailOf = () => deliveryOf('EMAIL');

  it('exports everything it holds on the customer, opened, to a privacy officer and to the customer themself; both audited', async () => {
    const changedAt = new Date(Date.now() - 3_600_000).toISOString();
    await publishAndWait('CustomerContactChanged', { customerId: ana.customerId, email, phone, changedAt });
    const cancelled = await publish('ProposalCancelled', { ...examplePayload('ProposalCancelled'), customerId: ana.customerId, proposalId: randomUUID() });
    await waitFor(async () => (await emailOf())?.status === 'RETRYING' && (await deliveryOf('PUSH'))?.status === 'SENT' && (await deliveryOf('SMS'))?.status === 'SENT', {
      timeoutMs: 30_000, description: 'push and SMS sent, the e-mail failing while SMTP is down',
    });
    // Written sealed: the provider's error may quote the recipient.
    expect((await emailOf()).last_error).toMatch(/^pii:v1:/);
    expect(await sink.sms(phone)).toHaveLength(1);
    expect(await pushesTo(sink, anasPhone)).toMatchObject([{ title: 'Proposta cancelada' }]);

    const { status, body } = await exportOf(ana.customerId, await privacyOffice());
    expect(status).toBe(200);
    expect(body).toMatchObject({ service: 'notification', customerId: ana.customerId, erasures: [], records: { contact: [{ email, phone, changedAt }] } });
    // The device as the app subscribed it (the endpoint identifies it; opened for its owner), never the keys.
    expect(body.records.pushDevices).toEqual([{ id: anasPhone.subscriptionId, endpoint: anasPhone.device.endpoint, createdAt: expect.any(String), goneAt: null }]);
    expect(JSON.stringify(body)).not.toContain(anasPhone.device.keys.auth);
    expect(body.records.notifications).toMatchObject([{
      template: 'PROPOSAL_CANCELLED', subject: 'Proposta cancelada', body: expect.stringContaining('Sua proposta foi cancelada em'), sourceEventId: cancelled.eventId, sourceEventType: 'ProposalCancelled',
      deliveries: [
        { channel: 'PUSH', address: anasPhone.subscriptionId, status: 'SENT', sentAt: expect.any(String) },
        { channel: 'EMAIL', address: email, status: 'RETRYING', lastError: expect.stringContaining('ECONNREFUSED'), nextAttemptAt: expect.any(String) },
        { channel: 'SMS', address: phone, status: 'SENT', sentAt: expect.any(String) },
      ],
    }]);
    const own = await exportOf(ana.customerId, ana.headers);
    expect(own).toMatchObject({ status: 200, body: { customerId: ana.customerId, records: { contact: [{ email, phone }], pushDevices: [{ id: anasPhone.subscriptionId }], notifications: [{ subject: 'Proposta cancelada' }] } } });

    const res = await fetch(`${service.baseUrl}/v1/admin/audit?action=personal-data.export`, { headers: bearer(await identity.clientToken('servicing-ops')) });
    const { items } = (await res.json()) as { items: any[] };
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ clientId: 'privacy-office', path: `/v1/personal-data/${ana.customerId}`, status: 200, outcome: 'OK' }),
      expect.objectContaining({ clientId: 'digital-app', actor: ana.customerId, status: 200, outcome: 'OK' }),
    ]));
  });

  it("answers another customer's data as unknown (404), an unknown customer with no records, and refuses bad ids and callers", async () => {
    expect(await exportOf(ana.customerId, bia.headers)).toMatchObject({ status: 404, body: { code: 'PERSONAL_DATA.NOT_FOUND', detail: 'Titular não encontrado' } });
    expect(await exportOf(ana.customerId.toUpperCase(), bia.headers)).toMatchObject({ status: 404, body: { code: 'PERSONAL_DATA.NOT_FOUND' } });
    expect(await exportOf(bia.customerId, bia.headers)).toMatchObject({ status: 200, body: { records: { contact: [], pushDevices: [], notifications: [] }, erasures: [] } });
    expect(await exportOf('nao-e-um-uuid', await privacyOffice())).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID_BODY', errors: [{ field: 'customerId', message: 'customerId deve ser um UUID' }] } });
    expect(await exportOf(ana.customerId, {})).toMatchObject({ status: 401, body: { code: 'AUTH.TOKEN_MISSING' } });
    expect(await exportOf(ana.customerId, bearer(await identity.clientToken('servicing-ops')))).toMatchObject({ status: 403, body: { code: 'AUTH.INSUFFICIENT_SCOPE' } });
    expect(await exportOf(ana.customerId, bearer(await identity.staffToken('bruno.servicing')))).toMatchObject({ status: 403, body: { code: 'AUTH.ROLE_REQUIRED' } });
  });

  it('RETAIN changes nothing', async () => {
    const before = await rowsOfAna();
    await publishAndWait('DataSubjectErasureDecided', decision('RETAIN', { reason: 'CONTRACT_IN_FORCE', requestId: randomUUID() }));
    const after = await rowsOfAna();
    expect(after.contact).toEqual(before.contact);
    expect(after.notifications).toEqual(before.notifications);
    expect(after.deliveries.map((d: any) => [d.channel, d.address, d.status])).toEqual(before.deliveries.map((d: any) => [d.channel, d.address, d.status]));
    expect(after.pushDevices).toEqual(before.pushDevices);
    expect(after.pushDevices).toHaveLength(1);
    expect(await db.query('SELECT 1 FROM personal_data_erasure WHERE customer_id = $1', [ana.customerId])).toEqual([]);
  });

  it('ANONYMIZE clears contact, texts, addresses and errors, deletes the push devices, keeps ids, statuses and dates, and cancels the e-mail still due', async () => {
    const before = await rowsOfAna();
    expect(before.deliveries.map((d: any) => [d.channel, d.status])).toEqual([['EMAIL', 'RETRYING'], ['PUSH', 'SENT'], ['SMS', 'SENT']]);
    expect(before.pushDevices).toHaveLength(1);
    const anonymize = decision('ANONYMIZE');
    decidedAt = anonymize.decidedAt;
    await publishAndWait('DataSubjectErasureDecided', anonymize);

    const after = await rowsOfAna();
    expect(after.contact).toEqual([{ email: null, phone: null, changed_at: new Date(decidedAt) }]);
    expect(after.notifications).toEqual(before.notifications.map((n: any) => ({ ...n, subject: null, body: null })));
    expect(after.deliveries).toEqual(before.deliveries.map((d: any) => ({
      ...d, address: null, last_error: null, ...(d.channel === 'EMAIL' ? { status: 'CANCELLED', attempts: expect.any(Number) } : {}),
    })));
    expect(after.pushDevices).toEqual([]);
    expect(JSON.stringify(after)).not.toContain('pii:v1:');
    const ledger = await db.query('SELECT request_id, origin, rows FROM personal_data_erasure WHERE customer_id = $1', [ana.customerId]);
    expect(ledger).toEqual([{ request_id: requestId, origin: 'DATA_SUBJECT', rows: { customer_contact: 1, notification: 1, notification_delivery: 3 } }]);

    // The retry loop never picks the cancelled e-mail up again (it polled every 50 ms before).
    const { attempts } = await emailOf();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await emailOf()).toMatchObject({ status: 'CANCELLED', attempts, address: null });
  });

  it('then exports nothing personal, but the erasure', async () => {
    const { status, body } = await exportOf(ana.customerId, await privacyOffice());
    expect(status).toBe(200);
    expect(JSON.stringify(body)).not.toMatch(new RegExp(`${email}|${phone.slice(1)}|Proposta cancelada|${anasPhone.device.id}|${anasPhone.subscriptionId}`));
    expect(body.records).toMatchObject({
      contact: [{ email: null, phone: null }],
      pushDevices: [],
      notifications: [{ template: 'PROPOSAL_CANCELLED', subject: null, body: null, deliveries: [{ address: null, status: 'SENT' }, { address: null, status: 'CANCELLED', lastError: null }, { address: null, status: 'SENT' }] }],
    });
    expect(body.erasures).toMatchObject([{ requestId, origin: 'DATA_SUBJECT', rows: { customer_contact: 1, notification: 1, notification_delivery: 3 }, anonymizedAt: expect.any(String) }]);
  });

  it('a contact change made before the erasure that arrives late does not bring the contact back', async () => {
    const late = new Date(Date.parse(decidedAt) - 60_000).toISOString();
    await publishAndWait('CustomerContactChanged', { customerId: ana.customerId, email, phone, changedAt: late });
    expect((await rowsOfAna()).contact).toEqual([{ email: null, phone: null, changed_at: new Date(decidedAt) }]);
  });

  it('a customer who comes back after the erasure is reachable again (by the new contact only: the device is gone), and a replayed decision does not erase them again', async () => {
    const newEmail = `de-volta-${randomUUID().slice(0, 8)}@example.com`;
    await publishAndWait('CustomerContactChanged', { customerId: ana.customerId, email: newEmail, changedAt: new Date(Date.parse(decidedAt) + 1_000).toISOString() });
    await publishAndWait('ProposalCancelled', { ...examplePayload('ProposalCancelled'), customerId: ana.customerId, proposalId: randomUUID() });
    const before = await exportOf(ana.customerId, await privacyOffice());
    expect(before.body.records.contact).toMatchObject([{ email: newEmail, phone: null }]);
    expect(before.body.records.notifications[1]).toMatchObject({ subject: 'Proposta cancelada', deliveries: [{ channel: 'EMAIL', address: newEmail }] });
    // The erased device is pushed nothing more: the sink has the first notification only.
    expect(await pushesTo(sink, anasPhone)).toHaveLength(1);

    await publishAndWait('DataSubjectErasureDecided', decision('ANONYMIZE', { decidedAt }));
    const after = await exportOf(ana.customerId, await privacyOffice());
    expect(after.body.records.contact).toEqual(before.body.records.contact);
    expect(after.body.records.notifications.map((n: any) => [n.subject, n.deliveries.map((d: any) => d.address)])).toEqual(
      before.body.records.notifications.map((n: any) => [n.subject, n.deliveries.map((d: any) => d.address)]),
    );
    expect(after.body.erasures).toHaveLength(1);
  });
});
