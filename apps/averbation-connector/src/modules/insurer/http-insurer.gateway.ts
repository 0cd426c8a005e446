import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import { currentContext, inClientSpan, METRICS_REGISTRY, outgoingTraceHeaders } from '@consignado/service-kit';
import { AverbationConnectorConfig } from '../../config';
import { BAD_RESPONSE, failureFromAnswer, type InsurerResult, transportFailure } from './insurer-failure';
import { parseClaim } from './insurer-responses';
import type { InsurerGateway } from './insurer.gateway';
import type { FileClaimOrder, InsurerClaim } from './insurer.types';

type Operation = 'FILE_CLAIM' | 'GET_CLAIM';

interface Call {
  operation: Operation;
  method: 'GET' | 'POST';
  path: string;
  claimId: string;
  body?: unknown;
}

/** The insurer over HTTP (fetch) with our key, each call bounded by INSURER_TIMEOUT_MS, counted and timed in /metrics. */
@Injectable()
export class HttpInsurerGateway implements InsurerGateway {
  private readonly calls: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;

  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    this.calls = new Counter({ name: 'averbation_insurer_calls_total', help: 'Insurer calls by operation and outcome', labelNames: ['operation', 'outcome'], registers: [registry] });
    this.duration = new Histogram({ name: 'averbation_insurer_call_duration_seconds', help: 'Insurer call duration', labelNames: ['operation'], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30], registers: [registry] });
  }

  file(order: FileClaimOrder, signal?: AbortSignal): Promise<InsurerResult<InsurerClaim>> {
    return this.call({ operation: 'FILE_CLAIM', method: 'POST', path: '/v1/claims', claimId: order.claimId, body: order }, signal);
  }

  get(claimId: string, signal?: AbortSignal): Promise<InsurerResult<InsurerClaim>> {
    return this.call({ operation: 'GET_CLAIM', method: 'GET', path: `/v1/claims/${encodeURIComponent(claimId)}`, claimId }, signal);
  }

  async ping(): Promise<void> {
    const res = await fetch(`${this.config.INSURER_URL}/health/live`, { signal: AbortSignal.timeout(2_000) });
    if (!res.ok) throw new Error(`the insurer answered ${res.status}`);
  }

  private async call(call: Call, shutdown?: AbortSignal): Promise<InsurerResult<InsurerClaim>> {
    const timeout = AbortSignal.timeout(this.config.INSURER_TIMEOUT_MS);
    const stopTimer = this.duration.startTimer({ operation: call.operation });
    const exchange = () =>
      this.exchange(call, shutdown ? AbortSignal.any([timeout, shutdown]) : timeout).catch(
        (): InsurerResult<InsurerClaim> => ({ ok: false, failure: transportFailure(shutdown?.aborted ? 'ABORTED' : timeout.aborted ? 'TIMEOUT' : 'NETWORK', this.config.INSURER_TIMEOUT_MS) }),
      );
    const result = await inClientSpan(`insurer ${call.operation}`, { 'http.request.method': call.method, 'consignado.insurer.operation': call.operation }, exchange, (r) => (r.ok ? undefined : r.failure.kind));
    stopTimer();
    this.calls.inc({ operation: call.operation, outcome: result.ok ? 'ok' : result.failure.kind.toLowerCase() });
    return result;
  }

  private async exchange(call: Call, signal: AbortSignal): Promise<InsurerResult<InsurerClaim>> {
    const correlationId = currentContext()?.correlationId;
    const headers: Record<string, string> = {
      accept: 'application/json',
      'x-api-key': this.config.INSURER_API_KEY,
      ...(call.body ? { 'content-type': 'application/json' } : {}),
      ...(correlationId ? { 'x-correlation-id': correlationId } : {}),
      ...outgoingTraceHeaders(),
    };
    const res = await fetch(`${this.config.INSURER_URL}${call.path}`, { method: call.method, headers, body: call.body ? JSON.stringify(call.body) : undefined, signal });
    const body: unknown = await res.json().catch((error: unknown) => {
      if (signal.aborted) throw error; // timed out while reading: not a garbled body
      return undefined;
    });
    if (!res.ok) return { ok: false, failure: failureFromAnswer(res.status, body as Record<string, unknown> | undefined) };
    const claim = parseClaim(body, call.claimId);
    return claim ? { ok: true, value: claim } : { ok: false, failure: BAD_RESPONSE };
  }
}
