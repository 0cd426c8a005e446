import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { examplePayload } from '@consignado/contracts';
import { bearer, dlqTopicOf, EventTap, publishEvent, testIdentity, testKafka, waitFor, type TestService } from '@consignado/testing';
import { NotificationConfig } from '../src/config';
import { startNotification } from './start-notification';

const CLAIM = { reason: 'INSURANCE_CLAIM' as const, claimId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e' };

/**
 * Credit-life insurance (R-LN-8) as the customer hears of it: nothing of the insurer's payment or
 * the settlement it made (the customer died, as for a DEATH block), and the premium refund of an
 * insured contract ended early in the settlement notice. The notification log is what is told;
 * these customers have no contact or device, so nothing is sent.
 */
describe('notification: credit-life insurance on the real stack', () => {
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
  const who = () => ({ customerId: randomUUID(), contractId: randomUUID() });
  const deadLetters = (eventId: string) => dlq.all<any>(dlqTopicOf(service.namespace, 'notification'), (r) => r.eventId === eventId);

  it('the insurer\'s payment and the INSURANCE_CLAIM settlement are consumed with no notice and no dead letter', async () => {
    const deceased = who();
    const paid = await publishEvent(producer, service.namespace, 'PaymentReceived', {
      ...examplePayload('PaymentReceived'), ...deceased, source: 'INSURANCE', purpose: 'EARLY_SETTLEMENT', settlement: CLAIM,
      amount: '8214.33', allocations: [], unallocated: '8214.33', overpayment: '0.00', paymentDate: '2026-05-04',
    });
    const settled = await publishEvent(producer, service.namespace, 'ContractSettled', {
      ...examplePayload('ContractSettled'), ...deceased, reason: 'INSURANCE_CLAIM', claimId: CLAIM.claimId, settlementAmount: '8214.33', lastPaymentDate: '2026-05-04',
    });
    await consumed(paid.eventId);
    await consumed(settled.eventId);
    expect(await list(deceased.customerId)).toEqual([]);
    expect([deadLetters(paid.eventId), deadLetters(settled.eventId)]).toEqual([[], []]);
  });

  it('an insured contract settled early: the notice adds the premium refund, available as credit', async () => {
    const customer = who();
    const settled = await publishEvent(producer, service.namespace, 'ContractSettled', {
      ...examplePayload('ContractSettled'), ...customer, reason: 'EARLY_SETTLEMENT', settlementAmount: '8185.69', lastPaymentDate: '2026-02-20', insurancePremiumRefund: '123.45',
    });
    const [notice] = await waitFor(async () => {
      const items = await list(customer.customerId);
      return items.length === 1 ? items : undefined;
    }, { description: 'the settlement notice' });
    expect(notice).toMatchObject({
      template: 'CONTRACT_SETTLED', subject: 'Contrato quitado', sourceEventId: settled.eventId, deliveries: [],
      body: 'Seu contrato foi quitado antecipadamente em 20/02/2026, com o pagamento de R$ 8.185,69. Nada mais é devido neste contrato.\nDevolução proporcional do seguro prestamista: R$ 123,45, disponível como crédito.',
    });
  });
});
