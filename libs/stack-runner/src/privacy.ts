import type { HttpResult, TokenSource } from './client';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of proposal's privacy API, read field by field
type Json = Record<string, any>;

/**
 * Data-subject requests (LGPD, R-SEC-3) through proposal's API, for the demo and the e2e tests:
 * as the customer themself or a privacy officer (privacy-office, diana.privacidade).
 */
export class PrivacyClient {
  constructor(
    private readonly proposalUrl: string,
    private readonly token: TokenSource,
  ) {}

  /** Everything the platform holds on the customer, one section per service. */
  exportAll(customerId: string): Promise<HttpResult<Json>> {
    return this.call('GET', `/v1/customers/${customerId}/personal-data`);
  }

  requestErasure(customerId: string, idempotencyKey?: string): Promise<HttpResult<Json>> {
    return this.call('POST', `/v1/customers/${customerId}/personal-data/erasure-requests`, idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {});
  }

  erasureRequest(customerId: string, requestId: string): Promise<HttpResult<Json>> {
    return this.call('GET', `/v1/customers/${customerId}/personal-data/erasure-requests/${requestId}`);
  }

  /** Opens a RETENTION erasure for every customer quiet for longer than the retention period. */
  runRetention(): Promise<HttpResult<Json>> {
    return this.call('POST', '/v1/admin/jobs/personal-data-retention/run');
  }

  private async call(method: string, path: string, headers: Record<string, string> = {}): Promise<HttpResult<Json>> {
    const bearer = await this.token();
    const res = await fetch(`${this.proposalUrl}${path}`, { method, headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers } });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
  }
}
