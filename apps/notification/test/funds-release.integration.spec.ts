import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createEnvelope, examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { bearer, dlqTopicOf, EventTap, publishEvent, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { MailSinkProcess } from './mail-sink.process';
import { startNotification } from './start-notification';

const REGISTER = 'Cadastre no aplicativo uma conta de recebimento válida, em seu nome, para que o valor seja enviado novamente. O valor continua disponível para você.';

/**
 * R-LN-10 as the customer hears of it: the loan's money credited (with the transfer's end-to-end
 * id as receipt) or a transfer that failed for good, told once per event on every channel the
 * customer's contact gives — here a real e-mail over SMTP to the mail sink.
 */
describe('notification: release of funds on the real stack', () => {
  let service: TestService<NotificationConfig>;
  let producer: Producer;
  let sink: MailSinkProcess;
  let dlq: EventTap;
  const kafka = testKafka();

  beforeAll(async () => {
    sink = await MailSinkProcess.create();
    await sink.start();
    service = await startNotification(sink.fastDeliveryEnv());
    producer = kafka.producer();
    await producer.connect();
    dlq = new EventTap(kafka);
    await dlq.start([dlqTopicOf(service.namespace, 'notification')]);
  });

  afterAll(async () => {
    await dlq?.stop();
    await producer?.disconnect();
    await service?.close();
    await sink?.stop();
  });

  const list = async (customerId: string): Promise<any[]> => {
    const res = await fetch(`${service.baseUrl}/v1/notifications?customerId=${customerId}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: any[] }).items;
  };
  const sentNotices = (customerId: string, count: number) =>
    waitFor(async () => {
      const items = await list(customerId);
      return items.length === count && items.every((n) => n.deliveries.length > 0 && n.deliveries.every((d: any) => d.status === 'SENT')) ? items : undefined;
    }, { timeoutMs: 30_000, description: `${count} notice(s) of ${customerId} sent` });
  const db = () => service.app.get(DataSource);
  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, service.namespace, type, payload);
  /** A customer with an e-mail, stored before the event arrives (contacts travel on their own topic). */
  const customerWithEmail = async () => {
    const customerId = randomUUID();
    const email = `cliente-${randomUUID().slice(0, 8)}@example.com`;
    const changedAt = new Date().toISOString();
    await publish('CustomerContactChanged', { customerId, email, changedAt });
    await waitFor(async () => ((await db().query('SELECT 1 FROM customer_contact WHERE customer_id = $1', [customerId])) as unknown[]).length > 0, { description: 'contact stored' });
    return { customerId, email };
  };

  it('the loan\'s money credited: told once though delivered twice, by e-mail with the end-to-end id', async () => {
    const { customerId, email } = await customerWithEmail();
    const payload = { ...examplePayload('FundsReleased'), customerId, contractId: randomUUID(), amount: '10000.00', releasedAt: '2025-02-10T13:20:14.000Z' };
    const event = createEnvelope('FundsReleased', { payload, metadata: { correlationId: randomUUID() } });
    const topic = namespacedTopic(service, 'FundsReleased');
    for (let i = 0; i < 2; i++) await producer.send({ topic, messages: [{ key: event.aggregateId, value: JSON.stringify(event) }] });
    // Behind both copies on their partition (same key): once it is consumed, so is the duplicate.
    const marker = await publish('FundsReleased', { ...payload, customerId: randomUUID(), disbursementId: randomUUID() });
    await waitFor(async () => ((await db().query('SELECT 1 FROM inbox WHERE event_id = $1', [marker.eventId])) as unknown[]).length > 0, { description: 'the marker consumed' });

    const [notice] = await sentNotices(customerId, 1);
    const body = `O valor de R$ 10.000,00 do seu contrato foi creditado na sua conta em 10/02/2025. Identificador da transferência (comprovante): ${payload.endToEndId}.`;
    expect(notice).toMatchObject({ template: 'FUNDS_RELEASED', subject: 'Valor do empréstimo creditado', body, sourceEventId: event.eventId, sourceEventType: 'FundsReleased' });
    expect(notice.deliveries.map((d: any) => d.channel)).toEqual(['EMAIL']);
    expect(await sink.messages(email)).toMatchObject([{ to: [email], subject: 'Valor do empréstimo creditado', text: body }]);
    expect((await db().query('SELECT count(*)::int AS n FROM notification WHERE source_event_id = $1', [event.eventId]))[0].n).toBe(1);
  });

  it('a payout account registered: the customer is told with the key masked, never in clear in the notice or the e-mail', async () => {
    const { customerId, email } = await customerWithEmail();
    const key = `pix.${randomUUID().slice(0, 6)}@example.com`;
    const changed = await publish('CustomerPayoutAccountChanged', { customerId, account: { kind: 'PIX_KEY', pixKey: key }, holderCpf: '52998224725', changedAt: '2026-03-10T15:00:00.000Z' });
    const [notice] = await sentNotices(customerId, 1);
    expect(notice).toMatchObject({ template: 'PAYOUT_ACCOUNT_CHANGED', subject: 'Conta para recebimento cadastrada', sourceEventId: changed.eventId });
    expect(notice.body).toContain('a chave PIX p***@example.com foi cadastrada');
    const [mail] = await sink.messages(email);
    expect(mail.text).toBe(notice.body);
    expect(`${notice.body} ${mail.text}`).not.toMatch(new RegExp(`${key}|52998224725`));
  });

  it('a transfer refused for the holder: the customer is asked for a valid account, none named; no dead letter', async () => {
    const { customerId, email } = await customerWithEmail();
    const failed = await publish('FundsReleaseFailed', {
      ...examplePayload('FundsReleaseFailed'), customerId, contractId: randomUUID(), code: 'RAIL.HOLDER_MISMATCH', message: 'Titular da chave cliente@example.com difere do CPF 52998224725.',
    });
    const [notice] = await sentNotices(customerId, 1);
    const body = `Não foi possível creditar o valor de R$ 10.000,00 do seu contrato: a conta de recebimento cadastrada não está em seu nome (o titular deve ser o seu CPF). ${REGISTER}`;
    expect(notice).toMatchObject({ template: 'FUNDS_RELEASE_FAILED', subject: 'Não conseguimos creditar o valor do seu contrato', body, sourceEventId: failed.eventId });
    const [mail] = await sink.messages(email);
    expect(mail.text).toBe(body);
    expect(mail.text).not.toMatch(/52998224725|cliente@example\.com/);
    expect(dlq.all<any>(dlqTopicOf(service.namespace, 'notification'), (r) => r.eventId === failed.eventId)).toEqual([]);
  });
});
