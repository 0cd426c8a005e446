import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import { currentContext, inClientSpan, METRICS_REGISTRY, outgoingTraceHeaders } from '@consignado/service-kit';
import { AverbationConnectorConfig } from '../../config';
import { BAD_RESPONSE, failureFromAnswer, type RailResult, transportFailure } from './rail-failure';
import { parseTransfer } from './rail-responses';
import type { RailGateway } from './rail.gateway';
import type { RailTransfer, TransferOrder } from './rail.types';

type Operation = 'CREATE_TRANSFER' | 'GET_TRANSFER';

interface Call {
  operation: Operation;
  method: 'GET' | 'POST';
  path: string;
  transferId: string;
  body?: unknown;
}

/**
 * The rail over HTTP (fetch) with our key, each call bounded by RAIL_TIMEOUT_MS, counted and timed
 * in /metrics. The order carries the PIX key, account number and CPF: only in the request body,
 * never in a span, metric or log.
 */
@Injectable()
export class HttpRailGateway implements RailGateway {
  private readonly calls: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;

  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    this.calls = new Counter({ name: 'averbation_rail_calls_total', help: 'Payment rail calls by operation and outcome', labelNames: ['operation', 'outcome'], registers: [registry] });
    this.duration = new Histogram({ name: 'averbation_rail_call_duration_seconds', help: 'Payment rail call duration', labelNames: ['operation'], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30], registers: [registry] });
  }

  create(order: TransferOrder, signal?: AbortSignal): Promise<RailResult<RailTransfer>> {
    return this.call({ operation: 'CREATE_TRANSFER', method: 'POST', path: '/v1/transfers', transferId: order.transferId, body: order }, signal);
  }

  get(transferId: string, signal?: AbortSignal): Promise<RailResult<RailTransfer>> {
    return this.call({ operation: 'GET_TRANSFER', method: 'GET', path: `/v1/transfers/${encodeURIComponent(transferId)}`, transferId }, signal);
  }

  async ping(): Promise<void> {
    const res = await fetch(`${this.config.RAIL_URL}/health/live`, { signal: AbortSignal.timeout(2_000) });
    if (!res.ok) throw new Error(`the rail answered ${res.status}`);
  }

  private async call(call: Call, shutdown?: AbortSignal): Promise<RailResult<RailTransfer>> {
    const timeout = AbortSignal.timeout(this.config.RAIL_TIMEOUT_MS);
    const stopTimer = this.duration.startTimer({ operation: call.operation });
    const exchange = () =>
      this.exchange(call, shutdown ? AbortSignal.any([timeout, shutdown]) : timeout).catch(
        (): RailResult<RailTransfer> => ({ ok: false, failure: transportFailure(shutdown?.aborted ? 'ABORTED' : timeout.aborted ? 'TIMEOUT' : 'NETWORK', this.config.RAIL_TIMEOUT_MS) }),
      );
    const result = await inClientSpan(`rail ${call.operation}`, { 'http.request.method': call.method, 'consignado.rail.operation': call.operation }, exchange, (r) => (r.ok ? undefined : r.failure.kind));
    stopTimer();
    this.calls.inc({ operation: call.operation, outcome: result.ok ? 'ok' : result.failure.kind.toLowerCase() });
    return result;
  }

  private async exchange(call: Call, signal: AbortSignal): Promise<RailResult<RailTransfer>> {
    const correlationId = currentContext()?.correlationId;
    const headers: Record<string, string> = {
      accept: 'application/json',
      'x-api-key': this.config.RAIL_API_KEY,
      ...(call.body ? { 'content-type': 'application/json' } : {}),
      ...(correlationId ? { 'x-correlation-id': correlationId } : {}),
      ...outgoingTraceHeaders(),
    };
    const res = await fetch(`${this.config.RAIL_URL}${call.path}`, { method: call.method, headers, body: call.body ? JSON.stringify(call.body) : undefined, signal });
    const body: unknown = await res.json().catch((error: unknown) => {
      if (signal.aborted) throw error; // timed out while reading: not a garbled body
      return undefined;
    });
    if (!res.ok) return { ok: false, failure: failureFromAnswer(res.status, body as Record<string, unknown> | undefined) };
    const transfer = parseTransfer(body, call.transferId);
    return transfer ? { ok: true, value: transfer } : { ok: false, failure: BAD_RESPONSE };
  }
}
