import { context, propagation, ROOT_CONTEXT, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('@consignado/service-kit');

/**
 * Runs a background job in a span that continues the trace it was queued in (`carrier`: the W3C
 * headers stored with the job), so work deferred to a worker stays in the request's trace. A job
 * without a stored context starts a trace of its own.
 */
export async function inJobSpan<T>(name: string, carrier: Record<string, string> | undefined, work: () => Promise<T>): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, carrier ?? {});
  const span = tracer.startSpan(name, {}, parent);
  try {
    return await context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'Error' });
    throw error;
  } finally {
    span.end();
  }
}
