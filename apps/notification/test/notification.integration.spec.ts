import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { createEnvelope, examplePayload } from '@consignado/contracts';
import { consumerGroup, namespacedTopic } from '@consignado/eventing';
import { startTestService, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { NotificationConfig } from '../src/config';

/** R-NT-1 (issue 4 part): customer-facing events become stored pt-BR notifications, once each. */
describe('notification service on the real stack', () => {
  let service: TestService<NotificationConfig>;
  let producer: Producer;
  const kafka = testKafka();

  beforeAll(async () => {
    service = await startTestService({ service: 'notification', config: NotificationConfig, module: (c) => AppModule.register(c) });
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  const list = async (customerId: string): Promise<any[]> => {
    const res = await fetch(`${service.baseUrl}/v1/notifications?customerId=${customerId}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: any[] }).items;
  };

  const send = async (topic: string, key: string, value: string): Promise<void> => {
    await producer.send({ topic, messages: [{ key, value }] });
  };

  it('stores one pt-BR notification for a CreditRejected, even when delivered twice', async () => {
    const customerId = randomUUID();
    const payload = { ...examplePayload('CreditRejected'), customerId };
    payload.reasons = [{ ...payload.reasons[0], message: 'Margem consignável insuficiente' }];
    const event = createEnvelope('CreditRejected', { payload, metadata: { correlationId: randomUUID() } });
    const topic = namespacedTopic(service, 'CreditRejected');
    await send(topic, event.aggregateId, JSON.stringify(event));
    await send(topic, event.aggregateId, JSON.stringify(event));

    const items = await waitFor(async () => {
      const found = await list(customerId);
      return found.length > 0 ? found : undefined;
    });
    expect(items[0]).toMatchObject({
      customerId,
      template: 'CREDIT_REJECTED',
      subject: 'Sua proposta de crédito não foi aprovada',
      sourceEventId: event.eventId,
      correlationId: event.metadata.correlationId,
    });
    expect(items[0].body).toContain('• Margem consignável insuficiente');
    // A later event on the same partition proves the duplicate was consumed, not still pending.
    const marker = createEnvelope('CreditRejected', { payload: { ...payload, proposalId: event.aggregateId }, metadata: { correlationId: randomUUID() } });
    await send(topic, marker.aggregateId, JSON.stringify(marker));
    await waitFor(async () => ((await list(customerId)).length === 2 ? true : undefined));
    expect((await list(customerId)).filter((n) => n.sourceEventId === event.eventId)).toHaveLength(1);
  });

  it('renders ContractActivated with amounts and dates in Brazilian format', async () => {
    const customerId = randomUUID();
    const payload = { ...examplePayload('ContractActivated'), customerId, releasedAmount: '10000.00', installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10', cetMonthlyPercent: '1.95', cetAnnualPercent: '26.04' };
    const event = createEnvelope('ContractActivated', { payload, metadata: { correlationId: randomUUID() } });
    await send(namespacedTopic(service, 'ContractActivated'), event.aggregateId, JSON.stringify(event));
    const [item] = await waitFor(async () => {
      const found = await list(customerId);
      return found.length > 0 ? found : undefined;
    });
    expect(item.body).toBe(
      'Seu contrato foi ativado. Você receberá R$ 10.000,00 e pagará 96 parcelas de R$ 231,24, a primeira em 10/04/2026. CET de 1,95% ao mês (26,04% ao ano).',
    );
  });

  it('dead-letters a malformed message and keeps consuming', async () => {
    const topic = namespacedTopic(service, 'CreditRejected');
    const dlq = `consignado.dlq.${consumerGroup({ namespace: service.namespace, service: 'notification' })}`;
    await send(topic, 'poison', '{not json');
    const consumer = kafka.consumer({ groupId: `${service.namespace}-dlq-reader` });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: dlq, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(message.value?.toString() ?? '') });
    try {
      await waitFor(async () => (seen.length > 0 ? true : undefined), { timeoutMs: 30_000 });
    } finally {
      await consumer.disconnect();
    }
    expect(seen[0]).toContain('{not json');

    const customerId = randomUUID();
    const event = createEnvelope('CreditRejected', { payload: { ...examplePayload('CreditRejected'), customerId }, metadata: { correlationId: randomUUID() } });
    await send(topic, event.aggregateId, JSON.stringify(event));
    await waitFor(async () => ((await list(customerId)).length === 1 ? true : undefined));
  });

  it('refuses a malformed query with 400 and a pt-BR message', async () => {
    const res = await fetch(`${service.baseUrl}/v1/notifications?customerId=not-a-uuid`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.code).toBe('REQUEST.INVALID_BODY');
    expect(body.errors[0].message).toBe('customerId deve ser um UUID');
  });
});
