import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createEnvelope, examplePayload, type EventType, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { bearer, dlqTopicOf, EventTap, publishEvent, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { MailSinkProcess } from './mail-sink.process';
import { startNotification } from './start-notification';

/**
 * R-LN-9 as the customer hears of it: the contract (its CCB) waits for their acceptance in the app,
 * told once per event on every channel the contact gives — here a real e-mail over SMTP to the mail
 * sink —; and, when it was not accepted in time, one notice of the expiry (ContractCancelled), none
 * for the ProposalCancelled that comes with it.
 */
describe('notification: formalization (contract issued, acceptance expired) on the real stack', () => {
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
  const consumed = (eventId: string) =>
    waitFor(async () => ((await db().query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `${eventId} consumed` });
  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, service.namespace, type, payload);
  /** A customer with an e-mail, stored before the event arrives (contacts travel on their own topic). */
  const customerWithEmail = async () => {
    const customerId = randomUUID();
    const email = `cliente-${randomUUID().slice(0, 8)}@example.com`;
    await publish('CustomerContactChanged', { customerId, email, changedAt: new Date().toISOString() });
    await waitFor(async () => ((await db().query('SELECT 1 FROM customer_contact WHERE customer_id = $1', [customerId])) as unknown[]).length > 0, { description: 'contact stored' });
    return { customerId, email };
  };

  it('the contract issued: told once though delivered twice, by e-mail, asking for the acceptance in the app, no hash', async () => {
    const { customerId, email } = await customerWithEmail();
    const payload = { ...examplePayload('ContractIssued'), customerId, contractId: randomUUID(), proposalId: randomUUID(), issuedAt: '2025-02-10T13:20:01.000Z' };
    const event = createEnvelope('ContractIssued', { payload, metadata: { correlationId: randomUUID() } });
    const topic = namespacedTopic(service, 'ContractIssued');
    for (let i = 0; i < 2; i++) await producer.send({ topic, messages: [{ key: event.aggregateId, value: JSON.stringify(event) }] });
    // Behind both copies on their partition (same key): once it is consumed, so is the duplicate.
    const marker = await publish('ContractIssued', { ...payload, customerId: randomUUID() });
    await consumed(marker.eventId);

    const [notice] = await sentNotices(customerId, 1);
    const subject = 'Seu contrato está pronto para aceite';
    const body =
      'O contrato do seu empréstimo consignado do INSS está pronto: a Cédula de Crédito Bancário (CCB), emitida em 10/02/2025, está disponível no aplicativo. ' +
      'Leia o documento com atenção e aceite-o no aplicativo para receber o valor na sua conta. Se não for aceito dentro do prazo, a proposta expira e nada é cobrado.';
    expect(notice).toMatchObject({ template: 'CONTRACT_ISSUED', subject, body, sourceEventId: event.eventId, sourceEventType: 'ContractIssued' });
    expect(notice.deliveries.map((d: any) => d.channel)).toEqual(['EMAIL']);
    const mails = await sink.messages(email);
    expect(mails).toMatchObject([{ to: [email], subject, text: body }]);
    expect(mails[0].text).not.toContain(payload.documentHash.slice(0, 8));
    expect((await db().query('SELECT count(*)::int AS n FROM notification WHERE source_event_id = $1', [event.eventId]))[0].n).toBe(1);
  });

  it('not accepted in time: the expiry told once (ContractCancelled), the ProposalCancelled consumed with no notice, no dead letter', async () => {
    const { customerId, email } = await customerWithEmail();
    const proposalId = randomUUID();
    const expired = await publish('ProposalCancelled', { proposalId, customerId, reason: 'ACCEPTANCE_EXPIRED', requestedAt: '2025-02-17T13:20:01.000Z' });
    await consumed(expired.eventId);
    const cancelled = await publish('ContractCancelled', {
      contractId: randomUUID(), proposalId, customerId, reason: 'ACCEPTANCE_EXPIRED', averbationRegistered: false, cancelledAt: '2025-02-17T13:20:02.000Z',
    });

    const [notice] = await sentNotices(customerId, 1);
    const body =
      'Seu contrato foi cancelado em 17/02/2025 porque não foi aceito dentro do prazo e a proposta expirou. ' +
      'Nada foi cobrado nem creditado; se ainda quiser o crédito, faça uma nova simulação no aplicativo.';
    expect(notice).toMatchObject({ template: 'CONTRACT_CANCELLED', subject: 'Proposta expirada', body, sourceEventId: cancelled.eventId });
    expect(await sink.messages(email)).toMatchObject([{ to: [email], subject: 'Proposta expirada', text: body }]);
    expect(dlq.all<any>(dlqTopicOf(service.namespace, 'notification'), (r) => [expired.eventId, cancelled.eventId].includes(r.eventId))).toEqual([]);
  });
});
