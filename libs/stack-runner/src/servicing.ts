import type { HttpResult, TokenSource } from './client';
import type { StackServiceName } from './services';

/**
 * Whose token each call carries: `ops` (servicing-ops: contracts:read, payments:write,
 * notifications:read, backoffice; SERVICING, CLOCK_ADMIN, AUDITOR) for reads, payments, the clock
 * and the jobs; `payroll` (payroll-source: backoffice; SERVICING) for payroll remittances;
 * `blocker` (staff fabio.riscos: backoffice; CONTRACT_BLOCKER) for blocking contracts.
 */
export interface ServicingTokens {
  ops: TokenSource;
  payroll: TokenSource;
  blocker: TokenSource;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of other services, read field by field by the demo and the e2e tests
type Json = Record<string, any>;

/** What a customer-facing notification looks like through notification's API. */
/** POST payment /v1/renegotiations: the option chosen among loan's workout offers, with the figures the customer saw. */
export interface RenegotiationRequest {
  customerId: string;
  contractId: string;
  option: 'LATE_CHARGES_DISCOUNT' | 'GRACE' | 'LONGER_TERM';
  capacity: string;
  lateChargesDiscount?: string;
  graceDays?: number;
  installmentAmount: string;
  termMonths: number;
}

export interface NotificationRecord {
  id: string;
  template: string;
  subject: string;
  body: string;
  sourceEventType: string;
  deliveries?: Array<{ channel: string; status: string; attempts: number }>;
}

/** A message the mail sink received over SMTP. */
export interface SunkMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/**
 * The servicing side of the stack, for the demo and the end-to-end tests: payment's business clock,
 * daily job, manual payments (installments, early settlement, extraordinary amortization) and
 * payroll remittances; loan's contract query and payoff; the customer's notifications and the
 * mail sink's inbox. Every call but the mail sink's carries a real token (ServicingTokens).
 */
export class ServicingClient {
  constructor(
    private readonly urls: Record<StackServiceName, string>,
    private readonly tokens: ServicingTokens,
  ) {}

  /** The same calls with another caller's token for all of them: a customer's own view, a role-less operator, nobody. */
  as(token: TokenSource): ServicingClient {
    return new ServicingClient(this.urls, { ops: token, payroll: token, blocker: token });
  }

  /** Moves payment's business clock (every payment instance shares it); null returns it to the system date. */
  async setBusinessDate(today: string | null): Promise<void> {
    const res = await this.adjustClock(today);
    if (res.status !== 200) throw new Error(`clock refused ${res.status}: ${JSON.stringify(res.body)}`);
  }

  /** PUT payment's /v1/admin/clock and the answer as it came (CLOCK_ADMIN only, audited as clock.adjust). */
  adjustClock(today: string | null): Promise<HttpResult<Json>> {
    return this.call('payment', 'PUT', '/v1/admin/clock', { today });
  }

  /** Runs the daily InstallmentDue job for a date; counts of events emitted by this run. */
  async runInstallmentDueJob(date: string): Promise<{ date: string; upcoming: number; overdue: number }> {
    const res = await this.call('payment', 'POST', '/v1/admin/jobs/installment-due', { date });
    if (res.status !== 200 && res.status !== 201) throw new Error(`job refused ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as { date: string; upcoming: number; overdue: number };
  }

  /** A manual payment of installments (seed 002 §8); see `settle` and `amortize` for the other purposes. */
  pay(body: { customerId: string; contractId: string; amount: string; installments: number[]; paymentDate: string }, idempotencyKey?: string): Promise<HttpResult<Json>> {
    return this.call('payment', 'POST', '/v1/payments', body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
  }

  /**
   * Early settlement (R-LN-4): `amount` must be exactly the settlement amount on `paymentDate` —
   * loan's GET /v1/contracts/{id}/payoff?date= — else 422 PAYMENT.SETTLEMENT_AMOUNT_MISMATCH with
   * details.settlementAmount; 409 PAYMENT.REFINANCING_IN_PROGRESS while a refinancing is pending.
   */
  settle(body: { customerId: string; contractId: string; amount: string; paymentDate: string }, idempotencyKey?: string): Promise<HttpResult<Json>> {
    return this.call('payment', 'POST', '/v1/payments', { ...body, purpose: 'EARLY_SETTLEMENT' }, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
  }

  /** Extraordinary amortization (R-LN-5): the unpaid installments are re-planned at once; the receipt's `amortization` tells the new plan. */
  amortize(
    body: { customerId: string; contractId: string; amount: string; paymentDate: string; amortizationMode: 'REDUCE_TERM' | 'REDUCE_INSTALLMENT' },
    idempotencyKey?: string,
  ): Promise<HttpResult<Json>> {
    return this.call('payment', 'POST', '/v1/payments', { ...body, purpose: 'EXTRA_AMORTIZATION' }, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
  }

  /**
   * A workout of a late contract (R-LN-8): the offer quoted by `workoutOffers` accepted at payment,
   * which replaces the contract by a RENEGOTIATION one — 422 PAYMENT.RENEGOTIATION_TERMS_CHANGED
   * when the offer no longer holds (a payment or a day since the quote).
   */
  renegotiate(body: RenegotiationRequest, idempotencyKey?: string): Promise<HttpResult<Json>> {
    return this.call('payment', 'POST', '/v1/renegotiations', body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {});
  }

  /** A payment received (any purpose or source): GET payment /v1/payments/{paymentId}. */
  payment(paymentId: string): Promise<HttpResult<Json>> {
    return this.call('payment', 'GET', `/v1/payments/${paymentId}`);
  }

  /** The monthly payroll remittance of consignado deductions. */
  remit(body: { remittanceId: string; referenceMonth: string; paymentDate: string; lines: Array<{ benefitNumber: string; contractId: string; installmentNumber: number; amount: string }> }): Promise<HttpResult<Json>> {
    return this.call('payment', 'POST', '/v1/payroll-remittances', body, {}, this.tokens.payroll);
  }

  /** Staff suspend a contract (loan, CONTRACT_BLOCKER): reason JUDICIAL_ORDER, FRAUD_SUSPECTED or DEATH, with a note. */
  block(contractId: string, body: { reason: 'JUDICIAL_ORDER' | 'FRAUD_SUSPECTED' | 'DEATH'; note: string }, idempotencyKey?: string): Promise<HttpResult<Json>> {
    return this.call('loan', 'POST', `/v1/contracts/${contractId}/block`, body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}, this.tokens.blocker);
  }

  /** Staff lift the block in force, with a note. */
  unblock(contractId: string, body: { note: string }, idempotencyKey?: string): Promise<HttpResult<Json>> {
    return this.call('loan', 'POST', `/v1/contracts/${contractId}/unblock`, body, idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}, this.tokens.blocker);
  }

  /** Payment's release of a contract's money to the customer (R-LN-10): status, every transfer tried, a regret return. */
  disbursements(contractId: string): Promise<HttpResult<Json>> {
    return this.call('payment', 'GET', `/v1/contracts/${contractId}/disbursements`);
  }

  /** Money a customer who regretted the contract gave back (all or part of the return due). */
  receiveRegretReturn(contractId: string, body: { amount: string; receivedAt?: string }, idempotencyKey: string): Promise<HttpResult<Json>> {
    return this.call('payment', 'POST', `/v1/contracts/${contractId}/regret-return/receipts`, body, { 'idempotency-key': idempotencyKey });
  }

  /** The customer's credit (overpayments, premium refunds) paid to their payout account: all of it, or `amount`. */
  refundCredit(contractId: string, body: { amount?: string }, idempotencyKey: string): Promise<HttpResult<Json>> {
    return this.call('payment', 'POST', `/v1/contracts/${contractId}/credit/refund`, body, { 'idempotency-key': idempotencyKey });
  }

  /** The customer's credit applied to the next open installments, oldest first. */
  applyCredit(contractId: string, body: { amount?: string }, idempotencyKey: string): Promise<HttpResult<Json>> {
    return this.call('payment', 'POST', `/v1/contracts/${contractId}/credit/apply`, body, { 'idempotency-key': idempotencyKey });
  }

  billing(contractId: string): Promise<HttpResult<Json>> {
    return this.call('payment', 'GET', `/v1/contracts/${contractId}/installments`);
  }

  contract(contractId: string, date?: string): Promise<HttpResult<Json>> {
    return this.call('loan', 'GET', `/v1/contracts/${contractId}${date ? `?date=${date}` : ''}`);
  }

  /** Seed 002 §7: the customer's contracts (GET /v1/customers/{id}/contracts). */
  customerContracts(customerId: string): Promise<HttpResult<Json>> {
    return this.call('loan', 'GET', `/v1/customers/${customerId}/contracts`);
  }

  customerContract(customerId: string, contractId: string, date?: string): Promise<HttpResult<Json>> {
    return this.call('loan', 'GET', `/v1/customers/${customerId}/contracts/${contractId}${date ? `?date=${date}` : ''}`);
  }

  payoff(contractId: string, date: string): Promise<HttpResult<Json>> {
    return this.call('loan', 'GET', `/v1/contracts/${contractId}/payoff?date=${date}`);
  }

  /** Loan's workout offers for a late contract on `date`, sized to the monthly `capacity` (GET …/workout-offers). */
  workoutOffers(contractId: string, query: { capacity: string; date?: string; lateChargesDiscount?: string; graceDays?: number }): Promise<HttpResult<Json>> {
    const params = new URLSearchParams(Object.entries(query).filter((e) => e[1] !== undefined).map(([k, v]): [string, string] => [k, String(v)])).toString();
    return this.call('loan', 'GET', `/v1/contracts/${contractId}/workout-offers?${params}`);
  }

  /** Credit analysis's projection of a contract (fed by loan's ContractPositionChanged). */
  contractPosition(contractId: string): Promise<HttpResult<Json>> {
    return this.call('credit-analysis', 'GET', `/v1/contract-positions/${contractId}`);
  }

  async notifications(customerId: string): Promise<NotificationRecord[]> {
    const res = await this.call('notification', 'GET', `/v1/notifications?customerId=${customerId}`);
    if (res.status !== 200) throw new Error(`notifications answered ${res.status}: ${JSON.stringify(res.body)}`);
    return (res.body as { items: NotificationRecord[] }).items;
  }

  /** A service's audit trail (GET /v1/admin/audit, AUDITOR): who did what, newest first. */
  audit(service: StackServiceName, filter: { action?: string; actor?: string } = {}): Promise<HttpResult<Json>> {
    const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined)).toString();
    return this.call(service, 'GET', `/v1/admin/audit${query ? `?${query}` : ''}`);
  }

  /** Any GET of a service with this client's token: for probes of what a caller may read. */
  read(service: StackServiceName, path: string): Promise<HttpResult<Json>> {
    return this.call(service, 'GET', path);
  }

  /** What the mail sink received for an address, oldest first. */
  async mailbox(address: string): Promise<SunkMail[]> {
    const res = await this.call('mail-sink', 'GET', `/messages?to=${encodeURIComponent(address)}`);
    if (res.status !== 200) throw new Error(`mail sink answered ${res.status}`);
    return res.body as unknown as SunkMail[];
  }

  /** SMS the mail sink's SMSC received for a phone (any form: +55…, digits). */
  async smsInbox(phone: string): Promise<Array<{ id: string; to: string; text: string }>> {
    const res = await this.call('mail-sink', 'GET', `/sms?to=${encodeURIComponent(phone)}`);
    if (res.status !== 200) throw new Error(`SMSC sink answered ${res.status}`);
    return res.body as unknown as Array<{ id: string; to: string; text: string }>;
  }

  /** A device at the mail sink's push service, as a browser would create it: `{ id, endpoint, keys }` to register at notification. */
  async newPushDevice(): Promise<{ id: string; endpoint: string; keys: { p256dh: string; auth: string } }> {
    const res = await this.call('mail-sink', 'POST', '/push/subscriptions');
    if (res.status !== 201) throw new Error(`push sink answered ${res.status}`);
    return res.body as { id: string; endpoint: string; keys: { p256dh: string; auth: string } };
  }

  /** What a device received from its push service, decrypted: JSON `{ notificationId, title, body }` each. */
  async pushInbox(deviceId: string): Promise<Array<{ payload: string }>> {
    const res = await this.call('mail-sink', 'GET', `/push/messages?subscription=${deviceId}`);
    if (res.status !== 200) throw new Error(`push sink answered ${res.status}`);
    return res.body as unknown as Array<{ payload: string }>;
  }

  /** POST notification /v1/push-subscriptions: call it on `as(customer token)` — only a customer registers their own device. */
  registerPushDevice(device: { endpoint: string; keys: { p256dh: string; auth: string } }): Promise<HttpResult<Json>> {
    return this.call('notification', 'POST', '/v1/push-subscriptions', { endpoint: device.endpoint, keys: device.keys });
  }

  /** The mail sink is a local test server, not our API: its calls carry no token. */
  private async call(service: StackServiceName, method: string, path: string, body?: unknown, headers: Record<string, string> = {}, token = this.tokens.ops): Promise<HttpResult<Json>> {
    const bearer = service === 'mail-sink' ? undefined : await token();
    const res = await fetch(`${this.urls[service]}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Json };
  }
}
