import { type EntitySubscriberInterface, EventSubscriber, type InsertEvent } from 'typeorm';
import { outgoingTraceHeaders } from '@consignado/service-kit';

/**
 * Stamps every new job row (an entity with a `traceContext` column) with the trace context active
 * where it was inserted — the consumer span of the event that asked for it — so the worker that
 * runs the job continues that trace instead of starting an orphan one.
 */
@EventSubscriber() // registers it for the DataSource's `subscribers` option
export class TraceContextSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<Record<string, unknown>>): void {
    if (!event.entity || !event.metadata.findColumnWithPropertyName('traceContext') || event.entity['traceContext']) return;
    const headers = outgoingTraceHeaders();
    if (headers['traceparent']) event.entity['traceContext'] = headers;
  }
}
