import { type Context, context, type Span, SpanStatusCode, trace } from '@opentelemetry/api';

/**
 * Runs `work` with `span` active under `parent`, marks the span failed when it throws (the error's
 * name only, never its message: it may carry personal data), and ends it. Every span of ours —
 * HTTP clients and jobs (service-kit), Kafka consumers (messaging) — ends this way.
 */
export async function runInSpan<T>(span: Span, parent: Context, work: () => Promise<T>): Promise<T> {
  try {
    return await context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'Error' });
    throw error;
  } finally {
    span.end();
  }
}
