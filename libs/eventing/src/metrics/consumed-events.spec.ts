import { Registry } from 'prom-client';
import type { ProcessedEvent } from '@consignado/messaging';
import { ConsumedEventMetrics } from './consumed-events';

const event = (over: Partial<ProcessedEvent>): ProcessedEvent => ({
  eventId: 'e',
  eventType: 'CreditApproved',
  correlationId: 'c',
  occurredAt: new Date(Date.now() - 2_000).toISOString(),
  duplicate: false,
  topic: 't',
  partition: 0,
  offset: '0',
  ...over,
});

describe('ConsumedEventMetrics', () => {
  it('counts new and duplicate events apart, and times only the new ones from their occurrence', async () => {
    const registry = new Registry();
    const metrics = new ConsumedEventMetrics(registry);
    metrics.processed(event({}));
    metrics.processed(event({ duplicate: true }));
    metrics.processed(event({ eventType: 'ContractActivated', occurredAt: 'not a date' }));

    const consumed = await registry.getSingleMetric('consignado_events_consumed_total')?.get();
    expect(consumed?.values.map((v) => [v.labels.event_type, v.labels.outcome, v.value])).toEqual([
      ['CreditApproved', 'processed', 1],
      ['CreditApproved', 'duplicate', 1],
      ['ContractActivated', 'processed', 1],
    ]);
    const delivery = (await registry.getSingleMetric('consignado_event_delivery_seconds')?.get()) as { values: Array<{ metricName?: string; labels: Record<string, string | number>; value: number }> } | undefined;
    const count = delivery?.values.filter((v) => v.metricName === 'consignado_event_delivery_seconds_count');
    expect(count?.map((v) => [v.labels.event_type, v.value])).toEqual([['CreditApproved', 1]]);
    const within = (le: number) => delivery?.values.find((v) => v.metricName?.endsWith('_bucket') && v.labels.le === le)?.value;
    expect([within(1), within(2.5)]).toEqual([0, 1]); // ≈ 2 s after it occurred
  });
});
