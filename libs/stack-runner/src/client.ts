import { randomUUID } from 'node:crypto';

export type Channel = 'digital' | 'corban' | 'internal';

/** Where a client's access token comes from (the local provider, or a fixed token in a test); undefined: none. */
export type TokenSource = () => Promise<string | undefined>;

/** The states a proposal ends in. */
export const FINAL_PROPOSAL_STATES: readonly string[] = ['CONTRACTED', 'REJECTED', 'CANCELLED', 'AVERBATION_FAILED'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the proposal view, read field by field by the demo and the e2e tests
type Json = Record<string, any>;

/** What every proposal body may add: the rate quoted, insurance, dates (AAAA-MM-DD or DD/MM/AAAA). */
interface ProposalOptions {
  monthlyRate?: string;
  withInsurance?: boolean;
  contractDate?: string;
  firstDueDate?: string;
  benefitPaidByOwnBank?: boolean;
}

/** REFINANCING (R-LN-6): the contract replaced and the new money on top of its payoff ("0.00" allowed). */
export interface RefinancingProposal extends ProposalOptions {
  customerId: string;
  product?: 'INSS_CONSIGNADO' | 'SERVIDOR_CONSIGNADO' | 'PERSONAL';
  refinancedContractId: string;
  troco: string;
  termMonths: number;
}

/** PORTABILITY (R-LN-7): where the contract is; no amount — the origin states the balance. */
export interface PortabilityProposal extends ProposalOptions {
  customerId: string;
  product?: 'INSS_CONSIGNADO' | 'SERVIDOR_CONSIGNADO';
  originInstitutionIspb: string;
  originContractNumber: string;
  /** The desired term (≤ the origin's remaining installments). */
  termMonths: number;
}

/** A customer's payout account as proposal takes it. */
export type PayoutAccountInput = { kind: 'PIX_KEY'; pixKey: string } | { kind: 'BANK_ACCOUNT'; ispb: string; branch: string; number: string; accountType: 'CACC' | 'SVGS' | 'TRAN' };

/** A real 1×1 PNG: the proposal service checks a document's bytes against its mimeType. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
}

/** A thin JSON client for one channel's proposal API, used by the demo and the end-to-end tests. */
export class ChannelClient {
  constructor(
    private readonly baseUrl: string,
    readonly channel: Channel,
    private readonly token: TokenSource,
  ) {}

  get<T = Record<string, unknown>>(path: string): Promise<HttpResult<T>> {
    return this.request<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.request<T>('POST', path, body, headers);
  }

  /** Path under this channel: `/v1/<channel>/<rest>`. */
  path(rest: string): string {
    return `/v1/${this.channel}/${rest.replace(/^\//, '')}`;
  }

  /**
   * POST proposals with an Idempotency-Key (a fresh one unless given) and, on DIGITAL, the SELFIE
   * and ID_FRONT that submit it. The creation's answer: 201 with the view, or the problem.
   */
  async propose(body: Record<string, unknown>, idempotencyKey: string = randomUUID()): Promise<HttpResult<Json>> {
    const created = await this.post<Json>(this.path('proposals'), body, { 'idempotency-key': idempotencyKey });
    if (created.status !== 201 || this.channel !== 'digital') return created;
    for (const kind of ['SELFIE', 'ID_FRONT']) {
      const doc = await this.post<Json>(this.path(`proposals/${created.body['id']}/documents`), { kind, mimeType: 'image/png', contentBase64: ONE_PIXEL_PNG });
      if (doc.status !== 201) return doc;
    }
    return created;
  }

  /** A refinancing: submitted to PENDING_MARGIN_CHECK (INSS) or PENDING_CREDIT_ANALYSIS. */
  proposeRefinancing(r: RefinancingProposal, idempotencyKey?: string): Promise<HttpResult<Json>> {
    const { troco, product = 'INSS_CONSIGNADO', withInsurance = false, ...rest } = r;
    return this.propose({ ...rest, product, withInsurance, operationType: 'REFINANCING', requestedAmount: troco }, idempotencyKey);
  }

  /** A portability in: submitted to PENDING_PORTABILITY_BALANCE; never a requestedAmount. */
  proposePortability(r: PortabilityProposal, idempotencyKey?: string): Promise<HttpResult<Json>> {
    const { originInstitutionIspb, originContractNumber, product = 'INSS_CONSIGNADO', withInsurance = false, ...rest } = r;
    return this.propose({ ...rest, product, withInsurance, operationType: 'PORTABILITY', portability: { originInstitutionIspb, originContractNumber } }, idempotencyKey);
  }

  proposal(id: string): Promise<HttpResult<Json>> {
    return this.get<Json>(this.path(`proposals/${id}`));
  }

  timeline(id: string): Promise<HttpResult<{ correlationId: string; entries: Json[] }>> {
    return this.get(this.path(`proposals/${id}/timeline`));
  }

  /** Where the customer's released amounts and refunds go (R-LN-10): a PIX key or a bank account; the same one again confirms it. */
  setPayoutAccount(customerId: string, account: PayoutAccountInput, idempotencyKey: string = randomUUID()): Promise<HttpResult<Json>> {
    return this.request<Json>('PUT', this.path(`customers/${customerId}/payout-account`), account, { 'idempotency-key': idempotencyKey });
  }

  /** Before contracting (a portability until the origin's settlement): CANCELLED; once CONTRACTED, the 7-day right of regret. */
  cancel(id: string, reason?: string): Promise<HttpResult<Json>> {
    return this.post<Json>(this.path(`proposals/${id}/cancel`), reason ? { reason } : {});
  }

  private async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    const token = await this.token();
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
}

/** The DIGITAL channel as one logged-in customer: they register with exactly `cpf`, and their customer id is the token's subject. */
export class CustomerClient extends ChannelClient {
  constructor(
    baseUrl: string,
    readonly cpf: string,
    token: TokenSource,
  ) {
    super(baseUrl, 'digital', token);
  }
}

export interface StateChange {
  state: string;
  elapsedMs: number;
}

/**
 * Polls a proposal until it reaches one of `finalStates`, reporting each state it is seen in.
 * Returns the last body. Throws on timeout, naming the state it was stuck in.
 */
export async function followProposal(
  client: ChannelClient,
  proposalId: string,
  finalStates: readonly string[],
  onChange: (change: StateChange) => void = () => undefined,
  timeoutMs = 120_000,
): Promise<Record<string, unknown>> {
  const started = Date.now();
  let last: string | undefined;
  for (;;) {
    const { status, body } = await client.get(client.path(`proposals/${proposalId}`));
    if (status !== 200) throw new Error(`GET proposal ${proposalId} answered ${status}: ${JSON.stringify(body)}`);
    const state = String(body['state']);
    if (state !== last) {
      last = state;
      onChange({ state, elapsedMs: Date.now() - started });
    }
    if (finalStates.includes(state)) return body;
    if (Date.now() - started > timeoutMs) throw new Error(`proposal ${proposalId} stuck in ${state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
