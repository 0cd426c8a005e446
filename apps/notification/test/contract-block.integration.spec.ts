import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { bearer, dlqTopicOf, EventTap, publishEvent, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { startNotification } from './start-notification';

const SUSPENDED = 'pagamentos, quitação, amortização, refinanciamento e portabilidade deste contrato';

/**
 * R-LN-8: a blocked contract is told to the customer (never for DEATH), and so is its unblock. What is
 * told is the notification log; these customers have no contact and no push device, so nothing is
 * sent (delivery itself: notification.integration.spec.ts, push-and-sms.integration.spec.ts).
 */
describe('notification: contract block and unblock on the real stack', () => {
  let service: TestService<NotificationConfig>;
  let producer: Producer;
  let dlq: EventTap;
  const kafka = testKafka();

  beforeAll(async () => {
    service = await startNotification();
    producer = kafka.producer();
    await producer.connect();
    dlq = new EventTap(kafka);
    await dlq.start([dlqTopicOf(service.namespace, 'notification')]);
  });

  afterAll(async () => {
    await dlq?.stop();
    await producer?.disconnect();
    await service?.close();
  });

  const list = async (customerId: string): Promise<any[]> => {
    const res = await fetch(`${service.baseUrl}/v1/notifications?customerId=${customerId}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: any[] }).items;
  };
  const listOf = (customerId: string, count: number) =>
    waitFor(async () => {
      const items = await list(customerId);
      return items.length === count ? items : undefined;
    }, { timeoutMs: 30_000, description: `${count} notice(s) of ${customerId} stored` });
  const consumed = (eventId: string) =>
    waitFor(async () => ((await service.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `event ${eventId} consumed` });

  const ids = () => ({ customerId: randomUUID(), contractId: randomUUID() });
  const block = (who: { customerId: string; contractId: string }, revision: number, reason: PayloadOf<'ContractBlocked'>['reason']) =>
    publishEvent(producer, service.namespace, 'ContractBlocked', { ...examplePayload('ContractBlocked'), ...who, revision, reason, blockedAt: '2025-04-02T14:00:00.000Z' });
  const unblock = (who: { customerId: string; contractId: string }, revision: number, reason: PayloadOf<'ContractUnblocked'>['reason']) =>
    publishEvent(producer, service.namespace, 'ContractUnblocked', { ...examplePayload('ContractUnblocked'), ...who, revision, reason, unblockedAt: '2025-05-02T14:00:00.000Z' });
  const UNBLOCKED = { template: 'CONTRACT_UNBLOCKED', subject: 'Contrato desbloqueado', body: `O bloqueio do seu contrato foi retirado em 02/05/2025, após análise, e ele está regularizado. Voltam a estar disponíveis ${SUSPENDED}.` };

  it('tells of a judicial block once, even delivered twice, then of the unblock (no contact, no device: logged, no delivery)', async () => {
    const who = ids();
    const event = createEnvelope('ContractBlocked', { payload: { ...examplePayload('ContractBlocked'), ...who, revision: 3, reason: 'JUDICIAL_ORDER' }, metadata: { correlationId: randomUUID() } });
    const topic = namespacedTopic(service, 'ContractBlocked');
    for (let i = 0; i < 2; i++) await producer.send({ topic, messages: [{ key: event.aggregateId, value: JSON.stringify(event) }] });
    const [notice] = await listOf(who.customerId, 1);
    expect(notice).toMatchObject({
      template: 'CONTRACT_BLOCKED', subject: 'Contrato bloqueado', sourceEventId: event.eventId, sourceEventType: 'ContractBlocked',
      body: `Seu contrato foi bloqueado em 02/04/2025 por ordem judicial. Enquanto o bloqueio durar, ficam suspensos ${SUSPENDED}. Em caso de dúvida, fale conosco pelos canais de atendimento do banco.`,
      deliveries: [],
    });
    const lifted = await unblock(who, 4, 'JUDICIAL_ORDER');
    const items = await listOf(who.customerId, 2);
    expect(items[1]).toMatchObject({ ...UNBLOCKED, sourceEventId: lifted.eventId, sourceEventType: 'ContractUnblocked', deliveries: [] });
  });

  it('tells of a preventive block for suspected fraud', async () => {
    const who = ids();
    await block(who, 3, 'FRAUD_SUSPECTED');
    const [notice] = await listOf(who.customerId, 1);
    expect(notice.body).toContain('foi bloqueado em 02/04/2025 por suspeita de fraude, de forma preventiva.');
  });

  it('DEATH: the block is consumed with no notice and no dead letter; its unblock (a death recorded in error) is told', async () => {
    const who = ids();
    const death = await block(who, 3, 'DEATH');
    await consumed(death.eventId);
    expect(await list(who.customerId)).toEqual([]);
    await unblock(who, 4, 'DEATH');
    const [notice] = await listOf(who.customerId, 1);
    expect(notice).toMatchObject(UNBLOCKED);
    expect(dlq.all<any>(dlqTopicOf(service.namespace, 'notification'), (r) => r.eventId === death.eventId)).toEqual([]);
  });

  it('a block older than the unblock already told (two topics, out of order) tells nothing', async () => {
    const who = ids();
    await unblock(who, 4, 'FRAUD_SUSPECTED');
    await listOf(who.customerId, 1);
    const stale = await block(who, 3, 'FRAUD_SUSPECTED');
    await consumed(stale.eventId);
    expect((await list(who.customerId)).map((n) => n.template)).toEqual(['CONTRACT_UNBLOCKED']);
  });
});
