import { type Attributes, context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { runInSpan } from '@consignado/core';

const tracer = trace.getTracer('@consignado/service-kit');

/** The active trace context as W3C headers for an outgoing request; empty without a trace. */
export function outgoingTraceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/**
 * Runs a call to an outside system (Dataprev, the CTC) in a CLIENT span, active while it runs so
 * `outgoingTraceHeaders()` names it as the callee's parent. Name it by operation, never by URL:
 * URLs carry CPFs and benefit numbers. `failed` marks answers that count as errors.
 */
export async function inClientSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>, failed?: (result: T) => string | undefined): Promise<T> {
  const span = tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes });
  return runInSpan(span, context.active(), async () => {
    const result = await work();
    const failure = failed?.(result);
    if (failure) span.setStatus({ code: SpanStatusCode.ERROR, message: failure });
    return result;
  });
}
