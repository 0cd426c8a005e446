import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import { currentContext, inClientSpan, METRICS_REGISTRY, outgoingTraceHeaders } from '@consignado/service-kit';
import { AverbationConnectorConfig } from '../../config';
import { BAD_RESPONSE, type CtcResult, failureFromAnswer, transportFailure } from './ctc-failure';
import type { BalanceAnswerOrder, CancellationOrder, OpenPortabilityOrder, RejectionOrder } from './ctc-orders';
import { parseFeedPage, parsePortability } from './ctc-responses';
import type { CtcGateway } from './ctc.gateway';
import type { CtcFeedPage, CtcPortability } from './ctc.types';

type Operation = 'REQUEST' | 'GET' | 'ANSWER_BALANCE' | 'REJECT' | 'TRANSFER' | 'CONFIRM_SETTLEMENT' | 'CANCEL' | 'READ_FEED';

interface Call<T> {
  operation: Operation;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  parse: (body: unknown) => T | undefined;
}

/** The exchange over HTTP (fetch) as participant CTC_PARTICIPANT_ISPB, each call bounded by CTC_TIMEOUT_MS, counted and timed in /metrics. */
@Injectable()
export class HttpCtcGateway implements CtcGateway {
  private readonly calls: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;

  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    this.calls = new Counter({ name: 'averbation_ctc_calls_total', help: 'Exchange (CTC) calls by operation and outcome', labelNames: ['operation', 'outcome'], registers: [registry] });
    this.duration = new Histogram({ name: 'averbation_ctc_call_duration_seconds', help: 'Exchange (CTC) call duration', labelNames: ['operation'], buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30], registers: [registry] });
  }

  open(order: OpenPortabilityOrder, signal?: AbortSignal): Promise<CtcResult<CtcPortability>> {
    const body = { originIspb: order.originIspb, originContractNumber: order.originContractNumber, cpf: order.cpf };
    return this.call({ operation: 'REQUEST', method: 'POST', path: '/v1/portabilities', body, headers: { 'idempotency-key': order.idempotencyKey }, parse: parsePortability }, signal);
  }

  get(nu: string, signal?: AbortSignal): Promise<CtcResult<CtcPortability>> {
    return this.call({ operation: 'GET', method: 'GET', path: `/v1/portabilities/${nu}`, parse: parsePortability }, signal);
  }

  answerBalance(nu: string, order: BalanceAnswerOrder, signal?: AbortSignal): Promise<CtcResult<CtcPortability>> {
    return this.move('ANSWER_BALANCE', nu, 'balance', order, signal);
  }

  reject(nu: string, order: RejectionOrder, signal?: AbortSignal): Promise<CtcResult<CtcPortability>> {
    return this.move('REJECT', nu, 'rejection', order, signal);
  }

  transfer(nu: string, amount: string, signal?: AbortSignal): Promise<CtcResult<CtcPortability>> {
    return this.move('TRANSFER', nu, 'transfer', { amount }, signal);
  }

  confirmSettlement(nu: string, receipt: string, signal?: AbortSignal): Promise<CtcResult<CtcPortability>> {
    return this.move('CONFIRM_SETTLEMENT', nu, 'settlement-confirmation', { receipt }, signal);
  }

  cancel(nu: string, order: CancellationOrder, signal?: AbortSignal): Promise<CtcResult<CtcPortability>> {
    return this.move('CANCEL', nu, 'cancellation', order, signal);
  }

  readFeed(after: string, limit: number, signal?: AbortSignal): Promise<CtcResult<CtcFeedPage>> {
    return this.call({ operation: 'READ_FEED', method: 'GET', path: `/v1/messages?after=${after}&limit=${limit}`, parse: parseFeedPage }, signal);
  }

  async ping(): Promise<void> {
    const res = await fetch(`${this.config.CTC_URL}/health/live`, { signal: AbortSignal.timeout(2_000) });
    if (!res.ok) throw new Error(`CTC answered ${res.status}`);
  }

  private move(operation: Operation, nu: string, action: string, body: unknown, signal?: AbortSignal): Promise<CtcResult<CtcPortability>> {
    return this.call({ operation, method: 'POST', path: `/v1/portabilities/${nu}/${action}`, body, parse: parsePortability }, signal);
  }

  private async call<T>(call: Call<T>, shutdown?: AbortSignal): Promise<CtcResult<T>> {
    const timeout = AbortSignal.timeout(this.config.CTC_TIMEOUT_MS);
    const stopTimer = this.duration.startTimer({ operation: call.operation });
    const exchange = () =>
      this.exchange(call, shutdown ? AbortSignal.any([timeout, shutdown]) : timeout).catch(
        (): CtcResult<T> => ({ ok: false, failure: transportFailure(shutdown?.aborted ? 'ABORTED' : timeout.aborted ? 'TIMEOUT' : 'NETWORK', this.config.CTC_TIMEOUT_MS) }),
      );
    const result = await inClientSpan(`CTC ${call.operation}`, { 'http.request.method': call.method, 'consignado.ctc.operation': call.operation }, exchange, (r) => (r.ok ? undefined : r.failure.kind));
    stopTimer();
    this.calls.inc({ operation: call.operation, outcome: result.ok ? 'ok' : result.failure.kind.toLowerCase() });
    return result;
  }

  private async exchange<T>(call: Call<T>, signal: AbortSignal): Promise<CtcResult<T>> {
    const correlationId = currentContext()?.correlationId;
    const headers: Record<string, string> = {
      accept: 'application/json',
      'x-participant-ispb': this.config.CTC_PARTICIPANT_ISPB,
      'x-api-key': this.config.CTC_API_KEY,
      ...(call.body ? { 'content-type': 'application/json' } : {}),
      ...(correlationId ? { 'x-correlation-id': correlationId } : {}),
      ...outgoingTraceHeaders(),
      ...call.headers,
    };
    const res = await fetch(`${this.config.CTC_URL}${call.path}`, { method: call.method, headers, body: call.body ? JSON.stringify(call.body) : undefined, signal });
    const body: unknown = await res.json().catch((error: unknown) => {
      if (signal.aborted) throw error; // timed out while reading: not a garbled body
      return undefined;
    });
    if (!res.ok) return { ok: false, failure: failureFromAnswer(res.status, body as Record<string, unknown> | undefined) };
    const value = call.parse(body);
    return value === undefined ? { ok: false, failure: BAD_RESPONSE } : { ok: true, value };
  }
}
