import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { inClientSpan, outgoingTraceHeaders } from './client-span';
import { inJobSpan } from './job-span';

describe('client and job spans', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  beforeAll(() => provider.register());
  afterAll(() => provider.shutdown());

  it('a job continues the trace it was queued in, and a call inside it is a CLIENT child marked failed by its answer', async () => {
    const queuedIn = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const sent = await inJobSpan('Worker job', { traceparent: queuedIn }, () =>
      inClientSpan('Dataprev REGISTER', { 'consignado.dataprev.operation': 'REGISTER' }, async () => outgoingTraceHeaders(), () => 'TRANSIENT'),
    );
    const [client, job] = exporter.getFinishedSpans();
    expect(job.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(job.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    expect(client).toMatchObject({ name: 'Dataprev REGISTER', kind: SpanKind.CLIENT, status: { code: 2, message: 'TRANSIENT' }, parentSpanContext: { spanId: job.spanContext().spanId } });
    expect(sent['traceparent']).toBe(`00-0af7651916cd43dd8448eb211c80319c-${client.spanContext().spanId}-01`);
  });

  it('a job that throws ends its span failed with the error name and rethrows', async () => {
    exporter.reset();
    await expect(inJobSpan('Worker job', undefined, async () => Promise.reject(new RangeError('boom')))).rejects.toThrow('boom');
    expect(exporter.getFinishedSpans()[0].status).toEqual({ code: 2, message: 'RangeError' });
  });
});
