import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';

const tracer = trace.getTracer('@consignado/service-kit');

/**
 * A SERVER span per request, child of the caller's `traceparent` when it sent one, active while
 * the request is handled so the events it writes carry it. Named by method and route template
 * once routed — never the raw path, which holds ids; no header, query or body is recorded.
 */
export function httpTracing() {
  return (req: Request, res: Response, next: NextFunction): void => {
    // 'close' comes after 'finish', and also when the client went away first: every span ends.
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(req.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } }, parent);
    res.once('close', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      if (route) {
        span.updateName(`${req.method} ${req.baseUrl}${route}`);
        span.setAttribute('http.route', `${req.baseUrl}${route}`);
      }
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
