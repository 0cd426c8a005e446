import type { Producer } from 'kafkajs';
import { examplePayload, type EventEnvelope, type EventType, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { startTestService, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { PaymentConfig } from '../src/config';
import { CLIENTS, type DeadLetter, dlqOf, http, publish, type Published, Tap } from './support';

type Received = EventEnvelope<'PaymentReceived'>;
type Body = Record<string, unknown>;

/**
 * The payment service on the real broker and PostgreSQL with what the life-cycle suites drive:
 * events in, HTTP payments, the billing view, PaymentReceived and the dead-letter topic read back.
 * Calls carry real tokens: servicing-ops by default, payroll-source for remittances.
 */
export async function startHarness() {
  const kafka = testKafka();
  const service: TestService<PaymentConfig> = await startTestService({ service: 'payment', config: PaymentConfig, module: (c) => AppModule.register(c), env: { INSTALLMENT_DUE_JOB_INTERVAL_MS: '0' } });
  const producer: Producer = kafka.producer();
  await producer.connect();
  const tap = new Tap(kafka);
  const ns = service.namespace;
  const receivedTopic = namespacedTopic({ namespace: ns }, 'PaymentReceived');
  const dueTopic = namespacedTopic({ namespace: ns }, 'InstallmentDue');
  await tap.start([receivedTopic, dueTopic, dlqOf(ns, 'payment')]);
  const api = http(service.baseUrl);
  const payroll = api.as({ client: CLIENTS.payroll });

  const view = async (contractId: string) => (await api.call('GET', `/v1/contracts/${contractId}/installments`)).body;
  const billing = (contractId: string, ready: (b: any) => boolean) =>
    waitFor(async () => {
      const { status, body } = await api.call('GET', `/v1/contracts/${contractId}/installments`);
      return status === 200 && ready(body) ? body : undefined;
    }, { description: `billing of ${contractId}` });
  /** `partition` forces one: a later event consumed on it proves this one was. */
  const send = <T extends EventType>(type: T, payload: PayloadOf<T>, partition?: number) => publish(producer, ns, type, payload, { partition });
  const activate = async (activation: PayloadOf<'ContractActivated'>, benefitNumber?: string) => {
    await send('ContractActivated', activation);
    if (benefitNumber) await send('AverbationCompleted', { ...examplePayload('AverbationCompleted'), contractId: activation.contractId, customerId: activation.customerId, benefitNumber });
    await billing(activation.contractId, (b) => b.status === 'ACTIVE' && (!benefitNumber || b.payrollDeduction !== null));
    return activation;
  };
  const pay = (body: Body, key?: string) => api.call('POST', '/v1/payments', body, key ? { 'idempotency-key': key } : {});

  return {
    service,
    api,
    view,
    billing,
    send,
    activate,
    pay,
    /** The very same message again (same eventId), as Kafka redelivers it after a lost offset commit. */
    resend: async ({ partition, ...envelope }: Published<EventType>) => {
      await producer.send({ topic: namespacedTopic({ namespace: ns }, envelope.eventType), messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope), partition }] });
    },
    setToday: async (today: string) => {
      const answer = await api.call('PUT', '/v1/admin/clock', { today });
      if (answer.status !== 200) throw new Error(`clock refused: ${answer.status}`);
    },
    remit: (body: Body) => payroll.call('POST', '/v1/payroll-remittances', body),
    payment: async (paymentId: string) => (await api.call('GET', `/v1/payments/${paymentId}`)).body,
    received: (paymentId: string) => tap.find<Received>(receivedTopic, (e) => e.payload.paymentId === paymentId),
    receivedFor: (contractId: string) => tap.all<Received>(receivedTopic, (e) => e.payload.contractId === contractId).map((e) => e.payload),
    dueFor: (contractId: string) => tap.all<EventEnvelope<'InstallmentDue'>>(dueTopic, (e) => e.payload.contractId === contractId).map((e) => e.payload),
    runJob: (date: string) => api.call('POST', '/v1/admin/jobs/installment-due', { date }),
    deadLetter: (match: (d: DeadLetter) => boolean) => tap.find<DeadLetter>(dlqOf(ns, 'payment'), match),
    deadLetters: (match: (d: DeadLetter) => boolean) => tap.all<DeadLetter>(dlqOf(ns, 'payment'), match),
    close: async () => {
      await tap.stop();
      await producer.disconnect();
      await service.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
