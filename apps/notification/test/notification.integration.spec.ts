import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createEnvelope, examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { bearer, dlqTopicOf, EventTap, publishEvent, startTestService, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { NotificationConfig } from '../src/config';
import { pushesTo, type RegisteredDevice, signedInCustomer, subscribeDevice } from './customer-device';
import { MailSinkProcess } from './mail-sink.process';
import { startNotification } from './start-notification';

/**
 * R-NT-1: customer-facing events become pt-BR notifications, delivered by Web Push to the customer's
 * devices, SMS over SMPP and e-mail over SMTP (all three at the mail sink), retried until sent.
 */
describe('notification service on the real stack', () => {
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

  /** Servicing operations read any customer's log (scope notifications:read; access.integration.spec.ts covers customers). */
  const get = async (query: string) => fetch(`${service.baseUrl}/v1/notifications?${query}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) });

  const list = async (customerId: string): Promise<any[]> => {
    const res = await get(`customerId=${customerId}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: any[] }).items;
  };

  /** The customer's notifications once `ready` holds for them (e.g. all deliveries SENT). */
  const listWhen = (customerId: string, ready: (items: any[]) => boolean, description: string): Promise<any[]> =>
    waitFor(async () => {
      const items = await list(customerId);
      return ready(items) ? items : undefined;
    }, { timeoutMs: 30_000, description });

  /** `count` notifications, each with at least one delivery and every delivery SENT. */
  const allSent = (count: number) => (items: any[]) => items.length === count && items.every((n) => n.deliveries.length > 0 && n.deliveries.every((d: any) => d.status === 'SENT'));

  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, service.namespace, type, payload);

  /** Publishes the customer's contact and waits until it is stored (it travels on its own topic). */
  const registerContact = async (customerId: string, contact: { email?: string; phone?: string }, changedAt = new Date().toISOString()) => {
    await publish('CustomerContactChanged', { customerId, ...contact, changedAt });
    const db = service.app.get(DataSource);
    await waitFor(async () => {
      const rows = (await db.query('SELECT changed_at FROM customer_contact WHERE customer_id = $1', [customerId])) as Array<{ changed_at: Date }>;
      return rows[0]?.changed_at.toISOString() === changedAt;
    }, { description: `contact of ${customerId}` });
  };

  /** Waits until the consumer has handled the event (its inbox row exists). */
  const consumed = (eventId: string) =>
    waitFor(async () => ((await service.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `event ${eventId} consumed` });

  const newEmail = () => `cliente-${randomUUID().slice(0, 8)}@example.com`;
  /** A mobile number of its own (DDD 61), so what the SMSC got is this test's only. */
  const newPhone = () => `619${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

  /** A signed-in customer with one device subscribed to push at the sink. */
  const customerWithDevice = async (): Promise<{ customerId: string; device: RegisteredDevice }> => {
    const customer = await signedInCustomer();
    return { customerId: customer.customerId, device: await subscribeDevice(service.baseUrl, sink, customer) };
  };

  it('stores one pt-BR notification for a CreditRejected, even when delivered twice, and pushes it once to the device of a customer without contact', async () => {
    const { customerId, device } = await customerWithDevice();
    const payload = { ...examplePayload('CreditRejected'), customerId };
    payload.reasons = [{ ...payload.reasons[0], message: 'Margem consignável insuficiente' }];
    const event = createEnvelope('CreditRejected', { payload, metadata: { correlationId: randomUUID() } });
    const topic = namespacedTopic(service, 'CreditRejected');
    await producer.send({ topic, messages: [{ key: event.aggregateId, value: JSON.stringify(event) }] });
    await producer.send({ topic, messages: [{ key: event.aggregateId, value: JSON.stringify(event) }] });

    const [item] = await listWhen(customerId, allSent(1), 'the rejection pushed');
    expect(item).toMatchObject({
      customerId,
      template: 'CREDIT_REJECTED',
      subject: 'Sua proposta de crédito não foi aprovada',
      sourceEventId: event.eventId,
      sourceEventType: 'CreditRejected',
      correlationId: event.metadata.correlationId,
      deliveries: [{ channel: 'PUSH', status: 'SENT', attempts: 1, lastError: null }],
    });
    expect(item.body).toContain('• Margem consignável insuficiente');
    expect(Date.parse(item.deliveries[0].sentAt)).toBeGreaterThanOrEqual(Date.parse(item.createdAt));
    // A later event on the same partition proves the duplicate was consumed, not still pending.
    const marker = createEnvelope('CreditRejected', { payload: { ...payload, proposalId: event.aggregateId }, metadata: { correlationId: randomUUID() } });
    await producer.send({ topic, messages: [{ key: marker.aggregateId, value: JSON.stringify(marker) }] });
    const both = await listWhen(customerId, allSent(2), 'the marker notification pushed');
    expect(both.filter((n) => n.sourceEventId === event.eventId)).toHaveLength(1);
    // The device got each notification once, decrypted with its own keys: the title and body stored.
    expect(await pushesTo(sink, device)).toEqual(both.map((n) => ({ notificationId: n.id, title: n.subject, body: n.body })));
  });

  it('renders ContractActivated with amounts and dates in Brazilian format', async () => {
    const customerId = randomUUID();
    await publish('ContractActivated', {
      ...examplePayload('ContractActivated'), customerId, releasedAmount: '10000.00', installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10', cetMonthlyPercent: '1.95', cetAnnualPercent: '26.04',
    });
    const [item] = await listWhen(customerId, (items) => items.length === 1, 'the activation notice');
    expect(item.body).toBe(
      'Seu contrato foi ativado. Você receberá R$ 10.000,00 e pagará 96 parcelas de R$ 231,24, a primeira em 10/04/2026. CET de 1,95% ao mês (26,04% ao ano).',
    );
  });

  it('sends an OVERDUE notice with its exact fine and mora by push to the device, SMS to the SMSC and a real e-mail over SMTP', async () => {
    const { customerId, device } = await customerWithDevice();
    const email = newEmail();
    const phone = `+55${newPhone()}`;
    await registerContact(customerId, { email, phone });
    // Seed 002 §8.4 with D-3: 305.96 × 2% = 6.1192 → 6.12; 305.96 × 0.033% × 10 = 1.009668 → 1.01 (half-up); 305.96 + 6.12 + 1.01 = 313.09.
    await publish('InstallmentDue', {
      ...examplePayload('InstallmentDue'), customerId, kind: 'OVERDUE', installmentNumber: 1, amount: '305.96', dueDate: '2025-09-01', referenceDate: '2025-09-11', daysLate: 10, fine: '6.12', mora: '1.01', totalDue: '313.09',
    });

    const [item] = await listWhen(customerId, allSent(1), 'the overdue notice sent on every channel');
    const body = 'A parcela 1 do seu contrato, de R$ 305,96, venceu em 01/09/2025 e está com 10 dias de atraso. Multa: R$ 6,12. Juros de mora: R$ 1,01. Total atualizado em 11/09/2025: R$ 313,09.';
    expect(item).toMatchObject({ template: 'INSTALLMENT_OVERDUE', subject: 'Parcela 1 em atraso', body });
    expect(item.deliveries.map((d: any) => d.channel)).toEqual(['PUSH', 'EMAIL', 'SMS']);
    expect(item.deliveries.map((d: any) => d.attempts)).toEqual([1, 1, 1]);
    const mails = await sink.messages(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ from: 'ConsignadoHub <nao-responda@consignadohub.com.br>', to: [email], subject: 'Parcela 1 em atraso', text: body });
    // The SMSC answered ESME_ROK to one submit_sm from our sender, to the number as stored (it has 55 already).
    expect(await sink.sms(phone)).toMatchObject([{ from: 'CONSIGNADO', to: phone.slice(1), text: `Parcela 1 em atraso: ${body}` }]);
    expect(await pushesTo(sink, device)).toEqual([{ notificationId: item.id, title: 'Parcela 1 em atraso', body }]);
  });

  it('tells the customer the new plan after an extraordinary amortization, by push to their device and a real e-mail', async () => {
    const { customerId, device } = await customerWithDevice();
    const email = newEmail();
    await registerContact(customerId, { email });
    await publish('ContractAmended', { ...examplePayload('ContractAmended'), customerId, remainingInstallments: 25 });

    const [item] = await listWhen(customerId, allSent(1), 'the amendment notice sent');
    const body = 'Recebemos R$ 2.000,00 em 25/03/2026 para amortizar seu contrato; o saldo devedor passou a R$ 4.301,96. Suas 25 parcelas restantes passam de R$ 311,36 para R$ 203,14, a próxima em 10/02/2027.';
    expect(item).toMatchObject({ template: 'CONTRACT_AMENDED', subject: 'Suas parcelas diminuíram', body, sourceEventType: 'ContractAmended' });
    expect(item.deliveries.map((d: any) => d.channel)).toEqual(['PUSH', 'EMAIL']);
    const [mail] = await sink.messages(email);
    expect(mail).toMatchObject({ subject: 'Suas parcelas diminuíram', text: body });
    expect(await pushesTo(sink, device)).toEqual([{ notificationId: item.id, title: 'Suas parcelas diminuíram', body }]);
  });

  it('keeps retrying e-mail while SMTP is down and sends it once SMTP is back (never lost); no device, so no push', async () => {
    const customerId = randomUUID();
    const email = newEmail();
    await registerContact(customerId, { email });
    await sink.stop();
    try {
      await publish('ContractSettled', { ...examplePayload('ContractSettled'), customerId, reason: 'PAID_OFF', settledAt: '2029-02-10T12:00:00.000Z' });
      const [failing] = await listWhen(
        customerId,
        (items) => items[0]?.deliveries.some((d: any) => d.channel === 'EMAIL' && d.status === 'RETRYING' && d.attempts > 1),
        'the e-mail retried while SMTP is down',
      );
      const emailDelivery = failing.deliveries.find((d: any) => d.channel === 'EMAIL');
      expect(emailDelivery).toMatchObject({ status: 'RETRYING', sentAt: null, lastError: expect.stringContaining('ECONNREFUSED') });
      // The customer subscribed no device: the e-mail is the only delivery (no push to a customer id).
      expect(failing.deliveries.map((d: any) => d.channel)).toEqual(['EMAIL']);
    } finally {
      await sink.start();
    }
    const [item] = await listWhen(customerId, allSent(1), 'the e-mail sent after SMTP came back');
    expect(item.deliveries.find((d: any) => d.channel === 'EMAIL')).toMatchObject({ status: 'SENT', attempts: expect.any(Number), lastError: expect.stringContaining('ECONNREFUSED') });
    expect(item.deliveries.find((d: any) => d.channel === 'EMAIL').attempts).toBeGreaterThan(2);
    const mails = await sink.messages(email);
    expect(mails.map((m) => m.subject)).toEqual(['Contrato quitado']);
    expect(mails[0].text).toBe('Todas as parcelas do seu contrato foram pagas, a última em 10/02/2029, e ele está quitado. Nada mais é devido neste contrato.');
  });

  it('uses the latest contact by changedAt, and a contact that arrives late only serves later notifications (before it, no contact and no device: no delivery)', async () => {
    const customerId = randomUUID();
    await publish('ProposalCancelled', { ...examplePayload('ProposalCancelled'), customerId });
    const [first] = await listWhen(customerId, (items) => items.length === 1, 'the cancellation stored');
    expect(first).toMatchObject({ template: 'PROPOSAL_CANCELLED', deliveries: [] });

    const newer = newEmail();
    await registerContact(customerId, { email: newer }, '2026-03-10T12:00:00.000Z');
    // An older change arriving later does not win.
    const stale = await publish('CustomerContactChanged', { customerId, email: newEmail(), changedAt: '2026-03-09T12:00:00.000Z' });
    await consumed(stale.eventId);
    await publish('PaymentReceived', { ...examplePayload('PaymentReceived'), customerId });

    const items = await listWhen(customerId, (all) => all.length === 2 && allSent(1)([all[1]]), 'the payment receipt sent');
    expect(items.map((n) => n.template)).toEqual(['PROPOSAL_CANCELLED', 'PAYMENT_RECEIVED']);
    expect(items[0].deliveries).toEqual([]);
    expect(items[1].deliveries.map((d: any) => d.channel)).toEqual(['EMAIL']);
    expect((await sink.messages(newer)).map((m) => m.subject)).toEqual(['Pagamento recebido']);
  });

  it('shares deliveries (push to the device and e-mail) between two instances without sending any twice', async () => {
    // A second instance on the same schema and consumer group (not `close()`: that drops the schema).
    const second = await startTestService({
      service: 'notification',
      config: NotificationConfig,
      module: (c) => AppModule.register(c),
      namespace: service.namespace,
      env: sink.fastDeliveryEnv({ DATABASE_SCHEMA: service.config.DATABASE_SCHEMA }),
    });
    try {
      const { customerId, device } = await customerWithDevice();
      const email = newEmail();
      await registerContact(customerId, { email });
      const count = 12;
      for (let i = 0; i < count; i++) {
        await publish('PaymentReceived', { ...examplePayload('PaymentReceived'), customerId, contractId: randomUUID(), paymentId: randomUUID() });
      }
      const items = await listWhen(customerId, allSent(count), `${count} receipts sent`);
      expect(items.flatMap((n) => n.deliveries.map((d: any) => [d.channel, d.attempts]))).toEqual(Array(count).fill([['PUSH', 1], ['EMAIL', 1]]).flat());
      expect(await sink.messages(email)).toHaveLength(count);
      // Each notification pushed exactly once, whichever instance sent it.
      expect((await pushesTo(sink, device)).map((p) => p.notificationId).sort()).toEqual(items.map((n) => n.id).sort());
    } finally {
      await second.app.close();
    }
  });

  it('dead-letters a malformed message and an OVERDUE without its charges, and keeps consuming', async () => {
    const topic = namespacedTopic(service, 'InstallmentDue');
    await producer.send({ topic, messages: [{ key: 'poison', value: '{not json' }] });
    const customerId = randomUUID();
    const broken = await publish('InstallmentDue', { ...examplePayload('InstallmentDue'), customerId, kind: 'OVERDUE', fine: undefined });

    const dlqTopic = dlqTopicOf(service.namespace, 'notification');
    const malformed = await dlq.find<any>(dlqTopic, (r) => r.original?.value === '{not json');
    expect(malformed.reason).toBe('malformed');
    const invalid = await dlq.find<any>(dlqTopic, (r) => r.eventId === broken.eventId);
    expect(invalid).toMatchObject({ reason: 'permanent-error', error: { code: 'NOTIFICATION.INVALID_EVENT' } });
    expect(await list(customerId)).toEqual([]);

    await publish('InstallmentDue', { ...examplePayload('InstallmentDue'), customerId, kind: 'UPCOMING', daysLate: undefined, fine: undefined, mora: undefined, totalDue: '311.36' });
    const [item] = await listWhen(customerId, (items) => items.length === 1, 'the upcoming reminder after the poison');
    expect(item).toMatchObject({ template: 'INSTALLMENT_UPCOMING', subject: 'Sua parcela vence em 10/05/2025' });
  });

  it('answers an unknown customer with an empty list and refuses a malformed id with 400 and a pt-BR message', async () => {
    expect(await list(randomUUID())).toEqual([]);
    const res = await get('customerId=not-a-uuid');
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.code).toBe('REQUEST.INVALID_BODY');
    expect(body.errors[0].message).toBe('customerId deve ser um UUID');
  });
});
