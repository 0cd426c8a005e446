import { propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { runInSpan } from '@consignado/core';

const tracer = trace.getTracer('@consignado/service-kit');

/**
 * Runs a background job in a span that continues the trace it was queued in (`carrier`: the W3C
 * headers stored with the job), so work deferred to a worker stays in the request's trace. A job
 * without a stored context starts a trace of its own.
 */
export async function inJobSpan<T>(name: string, carrier: Record<string, string> | undefined, work: () => Promise<T>): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, carrier ?? {});
  return runInSpan(tracer.startSpan(name, {}, parent), parent, work);
}
