import { context, SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { inConsumerSpan, traceHeaders } from './tracing';

describe('trace context through the outbox and the consumer', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  beforeAll(() => provider.register());
  afterAll(() => provider.shutdown());

  const message = (headers: Record<string, string>) => ({ topic: 't', partition: 2, offset: '41', consumerGroup: 'loan', eventId: 'e-1', eventType: 'CreditApproved', headers });

  it('writes no headers outside a trace', () => {
    expect(traceHeaders()).toEqual({});
  });

  it('continues the writer\'s trace in the consumer, and what the handler emits continues the consumer\'s span', async () => {
    const writer = trace.getTracer('test').startSpan('POST /v1/proposals');
    const stored = context.with(trace.setSpan(context.active(), writer), traceHeaders);
    writer.end();
    expect(stored['traceparent']).toBe(`00-${writer.spanContext().traceId}-${writer.spanContext().spanId}-01`);

    const emitted = await inConsumerSpan(message(stored), 1, async () => traceHeaders());
    const consumer = exporter.getFinishedSpans().find((s) => s.name === 'CreditApproved process');
    expect(consumer).toMatchObject({ kind: SpanKind.CONSUMER, parentSpanContext: { spanId: writer.spanContext().spanId } });
    expect(consumer?.spanContext().traceId).toBe(writer.spanContext().traceId);
    expect(consumer?.attributes).toMatchObject({ 'messaging.destination.name': 't', 'messaging.consumer.group.name': 'loan', 'messaging.message.id': 'e-1', 'messaging.kafka.offset': 41 });
    expect(emitted['traceparent']).toBe(`00-${writer.spanContext().traceId}-${consumer?.spanContext().spanId}-01`);
  });

  it('marks the span failed when the handler throws, and rethrows', async () => {
    await expect(inConsumerSpan(message({}), 3, async () => Promise.reject(new TypeError('boom')))).rejects.toThrow('boom');
    const failed = exporter.getFinishedSpans().find((s) => s.attributes['consignado.attempt'] === 3);
    expect(failed?.status).toEqual({ code: 2, message: 'TypeError' });
  });
});
