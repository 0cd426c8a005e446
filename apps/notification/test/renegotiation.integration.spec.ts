import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { bearer, dlqTopicOf, EventTap, publishEvent, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { startNotification } from './start-notification';

type Terms = NonNullable<PayloadOf<'ContractActivated'>['renegotiation']>['terms'];
const TERMS: Terms = {
  renegotiationId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', option: 'LATE_CHARGES_DISCOUNT', capacity: '200.00', lateChargesDiscount: '0.5', graceDays: 0, maxTermMonths: 96,
  consolidatedDebt: '8320.55', discount: '120.00', termMonths: 72, installmentAmount: '180.40', firstDueDate: '2026-05-10', parameterVersion: 'WORKOUT-50-90', channel: 'DIGITAL',
  acceptedAt: '2026-04-10T13:00:00.000Z',
};

/**
 * A late contract's workout (R-LN-8) as the customer hears of it: one notice, on the RENEGOTIATION
 * contract's activation; the settling payment (no money moved) and the old contract's settlement
 * are consumed with no notice and no dead letter. No contact or device: the log is what is told.
 */
describe('notification: renegotiation of a late contract on the real stack', () => {
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
  const consumed = (eventId: string) =>
    waitFor(async () => ((await service.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `event ${eventId} consumed` });
  const deadLetters = (eventId: string) => dlq.all<any>(dlqTopicOf(service.namespace, 'notification'), (r) => r.eventId === eventId);

  it('tells the new plan and the discount once; the settling payment and the RENEGOTIATED settlement tell nothing', async () => {
    const [customerId, oldId, newId, paymentId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const publish = <T extends 'PaymentReceived' | 'ContractSettled' | 'ContractActivated'>(type: T, payload: PayloadOf<T>) => publishEvent(producer, service.namespace, type, payload);
    const paid = await publish('PaymentReceived', {
      ...examplePayload('PaymentReceived'), paymentId, customerId, contractId: oldId, source: 'RENEGOTIATION', purpose: 'EARLY_SETTLEMENT', amount: '8200.55', allocations: [],
      unallocated: '8200.55', overpayment: '0.00', paymentDate: '2026-04-10', settlement: { reason: 'RENEGOTIATED', replacedByContractId: newId, renegotiation: TERMS },
    });
    const settled = await publish('ContractSettled', {
      ...examplePayload('ContractSettled'), customerId, contractId: oldId, reason: 'RENEGOTIATED', replacedByContractId: newId, settlementAmount: '8200.55', paymentId, lastPaymentDate: '2026-04-10',
    });
    const activated = await publish('ContractActivated', {
      ...examplePayload('ContractActivated'), customerId, contractId: newId, operationType: 'RENEGOTIATION', channel: 'DIGITAL', releasedAmount: '8200.55', financedAmount: '8200.55', iof: '0.00',
      termMonths: 72, installmentAmount: '180.40', contractDate: '2026-04-10', firstDueDate: '2026-05-10',
      renegotiation: { renegotiatedContractId: oldId, paymentId, effectiveDate: '2026-04-10', terms: TERMS },
    });
    for (const e of [paid, settled, activated]) await consumed(e.eventId);
    const items = await list(customerId);
    expect(items).toEqual([
      expect.objectContaining({
        template: 'CONTRACT_RENEGOTIATED', subject: 'Seu contrato foi renegociado', sourceEventId: activated.eventId, sourceEventType: 'ContractActivated',
        body:
          'Seu contrato em atraso foi renegociado em 10/04/2026: o saldo devedor de R$ 8.200,55 passou para um novo contrato, sem IOF e sem liberação de novo crédito. ' +
          'Você pagará 72 parcelas de R$ 180,40, a primeira em 10/05/2026. Você recebeu um desconto de R$ 120,00 sobre a multa e os juros de mora do atraso. ' +
          'O desconto em folha passa a ser o da nova parcela.',
      }),
    ]);
    expect([paid, settled, activated].map((e) => deadLetters(e.eventId))).toEqual([[], [], []]);
  });
});
