import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram, type Registry } from 'prom-client';
import { currentContext, inClientSpan, METRICS_REGISTRY, outgoingTraceHeaders } from '@consignado/service-kit';
import { AverbationConnectorConfig } from '../../config';
import { BAD_RESPONSE, failureFromStatus, transportFailure } from './dataprev-failure';
import { alterationBody, registrationBody } from './dataprev-requests';
import { parseMargin, parseRegistration, parseRegistrationList, parseRegistrationTerms } from './dataprev-responses';
import type { DataprevGateway } from './dataprev.gateway';
import type { AlterationOrder, BenefitHolder, DataprevMargin, DataprevRegistration, DataprevRegistrationTerms, DataprevResult, RegistrationOrder } from './dataprev.types';

interface Call<T> {
  operation: 'QUERY_MARGIN' | 'REGISTER' | 'ALTER' | 'CANCEL' | 'LIST_REGISTRATIONS';
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  parse: (body: unknown, answeredAt: Date) => T | undefined;
}

const dataprevCode = (body: unknown): string | undefined => {
  const code = (body as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
};

/** Dataprev over HTTP (fetch), each call bounded by DATAPREV_TIMEOUT_MS, counted and timed in /metrics. */
@Injectable()
export class HttpDataprevGateway implements DataprevGateway {
  private readonly calls: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;

  constructor(
    private readonly config: AverbationConnectorConfig,
    @Inject(METRICS_REGISTRY) registry: Registry,
  ) {
    this.calls = new Counter({ name: 'averbation_dataprev_calls_total', help: 'Dataprev calls by operation and outcome', labelNames: ['operation', 'outcome'], registers: [registry] });
    this.duration = new Histogram({
      name: 'averbation_dataprev_call_duration_seconds',
      help: 'Dataprev call duration',
      labelNames: ['operation'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30],
      registers: [registry],
    });
  }

  queryMargin(holder: BenefitHolder, signal?: AbortSignal): Promise<DataprevResult<DataprevMargin>> {
    const path = `/v1/beneficios/${holder.benefitNumber}/margem?cpf=${holder.cpf}`;
    return this.call({ operation: 'QUERY_MARGIN', method: 'GET', path, parse: parseMargin }, signal);
  }

  register(order: RegistrationOrder, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistration>> {
    return this.call({ operation: 'REGISTER', method: 'POST', path: '/v1/averbacoes', body: registrationBody(order), parse: parseRegistration }, signal);
  }

  alter(order: AlterationOrder, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistrationTerms>> {
    const path = `/v1/averbacoes/${encodeURIComponent(order.protocol)}`;
    return this.call({ operation: 'ALTER', method: 'PUT', path, body: alterationBody(order), parse: parseRegistrationTerms }, signal);
  }

  cancel(protocol: string, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistration>> {
    return this.call({ operation: 'CANCEL', method: 'DELETE', path: `/v1/averbacoes/${encodeURIComponent(protocol)}`, parse: parseRegistration }, signal);
  }

  listRegistrations(holder: BenefitHolder, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistration[]>> {
    const path = `/v1/beneficios/${holder.benefitNumber}/averbacoes?cpf=${holder.cpf}`;
    return this.call({ operation: 'LIST_REGISTRATIONS', method: 'GET', path, parse: parseRegistrationList }, signal);
  }

  async ping(): Promise<void> {
    const res = await fetch(`${this.config.DATAPREV_URL}/health/live`, { signal: AbortSignal.timeout(2_000) });
    if (!res.ok) throw new Error(`Dataprev answered ${res.status}`);
  }

  private async call<T>(call: Call<T>, shutdown?: AbortSignal): Promise<DataprevResult<T>> {
    const timeout = AbortSignal.timeout(this.config.DATAPREV_TIMEOUT_MS);
    const stopTimer = this.duration.startTimer({ operation: call.operation });
    const exchange = () =>
      this.exchange(call, shutdown ? AbortSignal.any([timeout, shutdown]) : timeout).catch(
        (): DataprevResult<T> => ({ ok: false, failure: transportFailure(shutdown?.aborted ? 'ABORTED' : timeout.aborted ? 'TIMEOUT' : 'NETWORK', this.config.DATAPREV_TIMEOUT_MS) }),
      );
    const result = await inClientSpan(`Dataprev ${call.operation}`, { 'http.request.method': call.method, 'consignado.dataprev.operation': call.operation }, exchange, (r) => (r.ok ? undefined : r.failure.kind));
    stopTimer();
    this.calls.inc({ operation: call.operation, outcome: result.ok ? 'ok' : result.failure.kind.toLowerCase() });
    return result;
  }

  private async exchange<T>(call: Call<T>, signal: AbortSignal): Promise<DataprevResult<T>> {
    const correlationId = currentContext()?.correlationId;
    const res = await fetch(`${this.config.DATAPREV_URL}${call.path}`, {
      method: call.method,
      headers: { accept: 'application/json', ...(call.body ? { 'content-type': 'application/json' } : {}), ...(correlationId ? { 'x-correlation-id': correlationId } : {}), ...outgoingTraceHeaders() },
      body: call.body ? JSON.stringify(call.body) : undefined,
      signal,
    });
    const body: unknown = await res.json().catch((error: unknown) => {
      if (signal.aborted) throw error; // timed out while reading: not a garbled body
      return undefined;
    });
    if (!res.ok) return { ok: false, failure: failureFromStatus(res.status, dataprevCode(body)) };
    const value = call.parse(body, new Date());
    return value === undefined ? { ok: false, failure: BAD_RESPONSE } : { ok: true, value };
  }
}
