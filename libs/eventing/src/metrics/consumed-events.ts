import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { ProcessedEvent } from '@consignado/messaging';
import { METRICS_REGISTRY } from '@consignado/service-kit';

/**
 * What the service's consumer committed, per event type: how many (new or already in the inbox)
 * and how long after the event occurred it was applied here — the hop's latency, outbox wait,
 * relay, broker and queueing included, read against the producer's clock.
 */
@Injectable()
export class ConsumedEventMetrics {
  private readonly consumed: Counter<'event_type' | 'outcome'>;
  private readonly delay: Histogram<'event_type'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.consumed = new Counter({
      name: 'consignado_events_consumed_total',
      help: 'Events whose transaction committed, by type; outcome "duplicate" when the inbox already had it',
      labelNames: ['event_type', 'outcome'],
      registers: [registry],
    });
    this.delay = new Histogram({
      name: 'consignado_event_delivery_seconds',
      help: 'From the event occurring (producer clock) to its effect committing here',
      labelNames: ['event_type'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    });
  }

  processed(event: ProcessedEvent): void {
    this.consumed.inc({ event_type: event.eventType, outcome: event.duplicate ? 'duplicate' : 'processed' });
    if (event.duplicate) return;
    const seconds = (Date.now() - Date.parse(event.occurredAt)) / 1000;
    if (Number.isFinite(seconds)) this.delay.observe({ event_type: event.eventType }, Math.max(0, seconds));
  }
}
