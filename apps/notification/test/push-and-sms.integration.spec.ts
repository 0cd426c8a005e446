import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { bearer, publishEvent, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { postSubscription, pushesTo, type RegisteredDevice, signedInCustomer, subscribeDevice, type TestCustomer } from './customer-device';
import { MailSinkProcess } from './mail-sink.process';
import { startNotification } from './start-notification';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * R-NT-1 on the two channels that are real now: Web Push to the devices a customer subscribed (the
 * mail sink is the push service and the browser, which decrypts), and SMS over SMPP (the mail sink is
 * the SMSC). Each delivery is SENT only when the other side acknowledged it; a device the push
 * service says is gone, or that its customer removed, ends CANCELLED; refusals and outages are retried.
 */
describe('notification: push devices and SMS on the real stack', () => {
  const identity = testIdentity();
  let service: TestService<NotificationConfig>;
  let producer: Producer;
  let sink: MailSinkProcess;
  let db: DataSource;

  beforeAll(async () => {
    sink = await MailSinkProcess.create();
    await sink.start();
    service = await startNotification(sink.fastDeliveryEnv({ SMS_TIMEOUT_MS: '2000', PUSH_TIMEOUT_MS: '2000' }));
    producer = testKafka().producer();
    await producer.connect();
    db = service.app.get(DataSource);
    // Test instrument: every state a delivery row goes through, in order (a RETRYING may last only milliseconds).
    const schema = `"${service.config.DATABASE_SCHEMA}"`;
    await db.query(`CREATE TABLE ${schema}.test_delivery_history (seq bigserial PRIMARY KEY, delivery_id uuid NOT NULL, status text NOT NULL, attempts int NOT NULL)`);
    await db.query(`CREATE FUNCTION ${schema}.test_record_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO ${schema}.test_delivery_history (delivery_id, status, attempts) VALUES (NEW.id, NEW.status, NEW.attempts); RETURN NEW; END $$`);
    await db.query(`CREATE TRIGGER test_delivery_history AFTER INSERT OR UPDATE ON ${schema}.notification_delivery FOR EACH ROW EXECUTE FUNCTION ${schema}.test_record_delivery()`);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
    await sink?.stop();
  });

  const call = async (method: string, path: string, headers: Record<string, string>) => {
    const res = await fetch(`${service.baseUrl}${path}`, { method, headers });
    return { status: res.status, body: res.status === 204 ? undefined : ((await res.json()) as any) };
  };
  const devicesOf = (customer: TestCustomer) => call('GET', '/v1/push-subscriptions', customer.headers);
  const remove = (headers: Record<string, string>, id: string) => call('DELETE', `/v1/push-subscriptions/${id}`, headers);
  const operator = async () => bearer(await identity.clientToken('servicing-ops'));
  const storedDevices = async (): Promise<number> => (await db.query('SELECT count(*)::int AS n FROM push_subscription'))[0].n;

  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, service.namespace, type, payload);
  const cancelProposal = (customerId: string) => publish('ProposalCancelled', { ...examplePayload('ProposalCancelled'), customerId, proposalId: randomUUID() });

  const list = async (customerId: string): Promise<any[]> => {
    const res = await call('GET', `/v1/notifications?customerId=${customerId}`, await operator());
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const listWhen = (customerId: string, ready: (items: any[]) => boolean, description: string): Promise<any[]> =>
    waitFor(async () => {
      const items = await list(customerId);
      return ready(items) ? items : undefined;
    }, { timeoutMs: 30_000, description });
  /** One notification whose deliveries all reached `status`. */
  const oneWhose = (status: string) => (items: any[]) => items.length === 1 && items[0].deliveries.length > 0 && items[0].deliveries.every((d: any) => d.status === status);

  /** The states a notification's deliveries of `channel` went through, as [status, attempts], repeats collapsed. */
  const historyOf = async (notificationId: string, channel: string): Promise<Array<[string, number]>> => {
    const rows = (await db.query(
      `SELECT h.status, h.attempts FROM test_delivery_history h JOIN notification_delivery d ON d.id = h.delivery_id WHERE d.notification_id = $1 AND d.channel = $2 ORDER BY h.seq`,
      [notificationId, channel],
    )) as Array<{ status: string; attempts: number }>;
    return rows.map((r): [string, number] => [r.status, r.attempts]).filter((r, i, all) => i === 0 || r[0] !== all[i - 1][0] || r[1] !== all[i - 1][1]);
  };

  /** The address of each delivery, as the customer's own export shows it (the list never shows addresses). */
  const addressesOf = async (customer: TestCustomer): Promise<string[][]> => {
    const res = await call('GET', `/v1/personal-data/${customer.customerId}`, customer.headers);
    expect(res.status).toBe(200);
    return res.body.records.notifications.map((n: any) => n.deliveries.map((d: any) => `${d.channel} ${d.address}`));
  };

  const registerPhone = async (customerId: string, phone: string) => {
    const changedAt = new Date().toISOString();
    await publish('CustomerContactChanged', { customerId, phone, changedAt });
    await waitFor(async () => ((await db.query('SELECT 1 FROM customer_contact WHERE customer_id = $1', [customerId])) as unknown[]).length > 0, { description: `contact of ${customerId}` });
  };

  it('a customer subscribes a device (201), the same endpoint again is the same device (200, same id); a notification is pushed to it, decrypted on the device, SENT', async () => {
    const ana = await signedInCustomer();
    expect(await call('GET', '/v1/push-subscriptions/vapid-public-key', ana.headers)).toEqual({ status: 200, body: { publicKey: service.config.VAPID_PUBLIC_KEY } });
    const device = await sink.newDevice();

    const created = await postSubscription(service.baseUrl, ana.headers, { endpoint: device.endpoint, keys: device.keys });
    expect(created).toEqual({ status: 201, body: { id: expect.stringMatching(UUID), pushService: sink.pushOrigin, createdAt: expect.any(String), goneAt: null } });
    // What the browser's PushSubscription.toJSON() gives, expirationTime included.
    const again = await postSubscription(service.baseUrl, ana.headers, { endpoint: device.endpoint, expirationTime: null, keys: device.keys });
    expect(again).toEqual({ status: 200, body: created.body });
    // Listed without the endpoint or keys (they identify the device).
    expect(await devicesOf(ana)).toEqual({ status: 200, body: { items: [created.body] } });
    expect(await db.query('SELECT count(*)::int AS n FROM push_subscription WHERE customer_id = $1', [ana.customerId])).toEqual([{ n: 1 }]);

    await cancelProposal(ana.customerId);
    const [item] = await listWhen(ana.customerId, oneWhose('SENT'), 'the cancellation pushed');
    expect(item.deliveries).toEqual([{ channel: 'PUSH', status: 'SENT', attempts: 1, sentAt: expect.any(String), lastError: null }]);
    // The sink accepted it (VAPID signed by our key, TTL, aes128gcm) and decrypted it with the device's own keys.
    expect(await pushesTo(sink, { device, subscriptionId: created.body.id })).toEqual([{ notificationId: item.id, title: 'Proposta cancelada', body: item.body }]);
    expect(item.body).toContain('Sua proposta foi cancelada em');
    expect(await addressesOf(ana)).toEqual([[`PUSH ${created.body.id}`]]);
  });

  it('refuses, writing nothing, a push service not allowed (422), keys that are not keys (400), a caller without notifications:write or who is not a customer (403)', async () => {
    const bia = await signedInCustomer();
    const device = await sink.newDevice();
    const valid = { endpoint: device.endpoint, keys: device.keys };
    const notOnTheCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url');
    const before = await storedDevices();

    const refusals: Array<[string, Record<string, string>, unknown, number, string]> = [
      ['another host', bia.headers, { ...valid, endpoint: 'https://push.attacker.example/send/abc' }, 422, 'NOTIFICATION.PUSH_SERVICE_NOT_ALLOWED'],
      ['the sink host on another port', bia.headers, { ...valid, endpoint: device.endpoint.replace(/:\d+\/push\//, ':9/push/') }, 422, 'NOTIFICATION.PUSH_SERVICE_NOT_ALLOWED'],
      ['an endpoint that is no URL', bia.headers, { ...valid, endpoint: 'push-me' }, 400, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
      ['p256dh not base64url', bia.headers, { ...valid, keys: { ...valid.keys, p256dh: 'não é chave' } }, 400, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
      ['p256dh of 65 bytes not on P-256', bia.headers, { ...valid, keys: { ...valid.keys, p256dh: notOnTheCurve } }, 400, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
      ['auth of 8 bytes', bia.headers, { ...valid, keys: { ...valid.keys, auth: Buffer.alloc(8, 7).toString('base64url') } }, 400, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
      ['no keys', bia.headers, { endpoint: device.endpoint }, 400, 'REQUEST.INVALID_BODY'],
      ['servicing-ops (no notifications:write)', await operator(), valid, 403, 'AUTH.INSUFFICIENT_SCOPE'],
      ['a staff member (not a customer)', bearer(await identity.staffToken('bruno.servicing')), valid, 403, 'NOTIFICATION.PUSH_CUSTOMER_ONLY_FORBIDDEN'],
      ['no token', {}, valid, 401, 'AUTH.TOKEN_MISSING'],
    ];
    const answers: unknown[] = [];
    for (const [why, headers, body] of refusals) {
      const res = await postSubscription(service.baseUrl, headers, body);
      answers.push([why, res.status, res.body.code]);
    }
    expect(answers).toEqual(refusals.map(([why, , , status, code]) => [why, status, code]));

    expect(await storedDevices()).toBe(before);
    expect(await devicesOf(bia)).toEqual({ status: 200, body: { items: [] } });
    // Nothing to push to: her notification gets no delivery.
    await cancelProposal(bia.customerId);
    const [item] = await listWhen(bia.customerId, (items) => items.length === 1, 'her notification stored');
    expect(item.deliveries).toEqual([]);
    expect(await sink.pushes(device.id)).toEqual([]);
  });

  it("keeps at most 10 devices a customer: the 11th is refused (422) and not kept", async () => {
    const cleo = await signedInCustomer();
    for (let i = 0; i < 10; i++) await subscribeDevice(service.baseUrl, sink, cleo);
    const eleventh = await sink.newDevice();
    const refused = await postSubscription(service.baseUrl, cleo.headers, { endpoint: eleventh.endpoint, keys: eleventh.keys });
    expect(refused).toMatchObject({ status: 422, body: { code: 'NOTIFICATION.TOO_MANY_PUSH_SUBSCRIPTIONS' } });
    expect((await devicesOf(cleo)).body.items).toHaveLength(10);
  });

  it("does not let another customer (404, as an unknown id) or servicing-ops (403) remove a customer's device", async () => {
    const [dani, eva] = [await signedInCustomer(), await signedInCustomer()];
    const { subscriptionId } = await subscribeDevice(service.baseUrl, sink, dani);

    const foreign = await remove(eva.headers, subscriptionId);
    expect(foreign).toMatchObject({ status: 404, body: { code: 'NOTIFICATION.PUSH_SUBSCRIPTION_NOT_FOUND', detail: 'Inscrição de push não encontrada.' } });
    expect(await remove(eva.headers, randomUUID())).toMatchObject({ status: 404, body: { code: 'NOTIFICATION.PUSH_SUBSCRIPTION_NOT_FOUND', detail: foreign.body.detail } });
    expect(await remove(eva.headers, 'nao-e-um-id')).toMatchObject({ status: 404, body: { code: 'NOTIFICATION.PUSH_SUBSCRIPTION_NOT_FOUND' } });
    expect(await remove(await operator(), subscriptionId)).toMatchObject({ status: 403, body: { code: 'AUTH.INSUFFICIENT_SCOPE' } });
    expect((await devicesOf(dani)).body.items.map((d: any) => d.id)).toEqual([subscriptionId]);
    expect(await devicesOf(eva)).toEqual({ status: 200, body: { items: [] } });
  });

  it('a device unsubscribed at its push service (410): its push ends CANCELLED, never retried; the device shows goneAt and is pushed nothing more', async () => {
    const fabi = await signedInCustomer();
    const gone = await subscribeDevice(service.baseUrl, sink, fabi);
    await sink.dropDevice(gone.device.id);

    await cancelProposal(fabi.customerId);
    const [item] = await listWhen(fabi.customerId, oneWhose('CANCELLED'), 'the push cancelled');
    expect(item.deliveries).toEqual([{ channel: 'PUSH', status: 'CANCELLED', attempts: 1, sentAt: null, lastError: 'push service answered 410: device gone' }]);
    const { body } = await devicesOf(fabi);
    expect(body.items).toEqual([{ id: gone.subscriptionId, pushService: sink.pushOrigin, createdAt: expect.any(String), goneAt: expect.any(String) }]);
    expect(Date.parse(body.items[0].goneAt)).toBeGreaterThanOrEqual(Date.parse(item.createdAt));
    // The worker polls every 50 ms: a second after, still one attempt.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await historyOf(item.id, 'PUSH')).toEqual([['PENDING', 0], ['CANCELLED', 1]]);

    await publish('PaymentReceived', { ...examplePayload('PaymentReceived'), customerId: fabi.customerId });
    const items = await listWhen(fabi.customerId, (all) => all.length === 2, 'the payment receipt stored');
    expect(items[1]).toMatchObject({ template: 'PAYMENT_RECEIVED', deliveries: [] });
    expect(await sink.pushes(gone.device.id)).toEqual([]);
  });

  it('a customer removes a device (204): later notifications get no PUSH delivery for it, their other device still gets them', async () => {
    const gabi = await signedInCustomer();
    const [phone, tablet] = [await subscribeDevice(service.baseUrl, sink, gabi), await subscribeDevice(service.baseUrl, sink, gabi)];

    expect(await remove(gabi.headers, phone.subscriptionId)).toEqual({ status: 204, body: undefined });
    expect((await devicesOf(gabi)).body.items.map((d: any) => d.id)).toEqual([tablet.subscriptionId]);
    expect(await db.query('SELECT 1 FROM push_subscription WHERE id = $1', [phone.subscriptionId])).toEqual([]);
    expect(await remove(gabi.headers, phone.subscriptionId)).toMatchObject({ status: 404, body: { code: 'NOTIFICATION.PUSH_SUBSCRIPTION_NOT_FOUND' } });

    await cancelProposal(gabi.customerId);
    const [item] = await listWhen(gabi.customerId, oneWhose('SENT'), 'the cancellation pushed');
    expect(item.deliveries).toEqual([{ channel: 'PUSH', status: 'SENT', attempts: 1, sentAt: expect.any(String), lastError: null }]);
    expect(await addressesOf(gabi)).toEqual([[`PUSH ${tablet.subscriptionId}`]]);
    expect(await pushesTo(sink, tablet)).toEqual([{ notificationId: item.id, title: item.subject, body: item.body }]);
    expect(await pushesTo(sink, phone)).toEqual([]);
  });

  it('a push still due when its customer removes the device ends CANCELLED, never sent', async () => {
    const hana = await signedInCustomer();
    const device: RegisteredDevice = await subscribeDevice(service.baseUrl, sink, hana);
    await sink.failNextPush(1000, 503);
    try {
      await cancelProposal(hana.customerId);
      const [retrying] = await listWhen(hana.customerId, oneWhose('RETRYING'), 'the push failing');
      expect(retrying.deliveries).toMatchObject([{ channel: 'PUSH', status: 'RETRYING', sentAt: null, lastError: 'push service answered 503' }]);
      expect(await remove(hana.headers, device.subscriptionId)).toMatchObject({ status: 204 });
      const [item] = await listWhen(hana.customerId, oneWhose('CANCELLED'), 'the push cancelled');
      expect(item.deliveries).toEqual([{ channel: 'PUSH', status: 'CANCELLED', attempts: expect.any(Number), sentAt: null, lastError: 'push device removed or gone' }]);
      const statuses = (await historyOf(item.id, 'PUSH')).map(([status]) => status);
      expect(statuses.filter((status, i) => status !== statuses[i - 1])).toEqual(['PENDING', 'RETRYING', 'CANCELLED']);
    } finally {
      // Disarm: arming again replaces what is left, and one request takes the last injected failure.
      await sink.failNextPush(1, 503);
      expect((await fetch(device.device.endpoint, { method: 'POST' })).status).toBe(503);
    }
    expect(await sink.pushes(device.device.id)).toEqual([]);
  });

  it('the push service answers 503 once: the push is RETRYING, then SENT, and the device got it once', async () => {
    const iara = await signedInCustomer();
    const device = await subscribeDevice(service.baseUrl, sink, iara);
    await sink.failNextPush(1, 503);

    await cancelProposal(iara.customerId);
    const [item] = await listWhen(iara.customerId, oneWhose('SENT'), 'the push sent after the 503');
    expect(item.deliveries).toEqual([{ channel: 'PUSH', status: 'SENT', attempts: 2, sentAt: expect.any(String), lastError: 'push service answered 503' }]);
    expect(await historyOf(item.id, 'PUSH')).toEqual([['PENDING', 0], ['RETRYING', 1], ['SENT', 2]]);
    expect(await pushesTo(sink, device)).toEqual([{ notificationId: item.id, title: item.subject, body: item.body }]);
  });

  it('the SMSC refuses a submit_sm once (0x58 ESME_RTHROTTLED): the SMS is RETRYING, then SENT, kept by the SMSC exactly once, to the number in international form', async () => {
    const customerId = randomUUID();
    // Stored without the country code: the SMSC must get 55 + DDD + number.
    const phone = `619${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    await registerPhone(customerId, phone);
    await sink.failNextSms(1, '0x58');

    await cancelProposal(customerId);
    const [item] = await listWhen(customerId, oneWhose('SENT'), 'the SMS sent after the refusal');
    expect(item.deliveries).toEqual([{ channel: 'SMS', status: 'SENT', attempts: 2, sentAt: expect.any(String), lastError: 'SMSC refused the message (command_status 0x00000058)' }]);
    expect(await historyOf(item.id, 'SMS')).toEqual([['PENDING', 0], ['RETRYING', 1], ['SENT', 2]]);
    const texts = await sink.sms(`55${phone}`);
    expect(texts).toEqual([expect.objectContaining({ from: 'CONSIGNADO', to: `55${phone}`, text: `Proposta cancelada: ${item.body}` })]);
    expect(await sink.sms(phone)).toEqual([]);
  });
});
