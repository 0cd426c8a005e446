import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

let provider: NodeTracerProvider | undefined;

/** Tracing is on when an OTLP endpoint is configured (the standard OTEL_* variables) and the SDK not disabled. */
// eslint-disable-next-line no-restricted-syntax -- OpenTelemetry's standard variables, which its exporter reads itself from process.env
export function tracingConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/**
 * OpenTelemetry traces for the process (R-X-3), once: spans are batched and exported over
 * OTLP/HTTP to the collector named by OTEL_EXPORTER_OTLP_ENDPOINT (`/v1/traces` is appended) or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, sampled as OTEL_TRACES_SAMPLER says (default: always, or
 * as the caller decided). W3C trace context travels in HTTP headers and in every event's Kafka
 * headers, so one trace runs from a channel's POST to the contract's activation. Without an
 * endpoint nothing is registered and every span is a no-op.
 */
export function startTracing(service: string): void {
  if (provider || !tracingConfigured()) return;
  provider = new NodeTracerProvider({
    // eslint-disable-next-line no-restricted-syntax -- OTEL_SERVICE_NAME, the SDK's own variable (see tracingConfigured)
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: 1_000 })],
  });
  provider.register(); // the AsyncLocalStorage context manager and the W3C trace-context propagator
}

/** Exports the spans still buffered; called when the service stops. */
export async function stopTracing(): Promise<void> {
  const current = provider;
  provider = undefined;
  await current?.shutdown().catch(() => undefined);
}

/** Flushes the spans when the app stops (app.close() or a shutdown signal). */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return stopTracing();
  }
}
