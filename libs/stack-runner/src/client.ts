import { randomUUID } from 'node:crypto';
import { sha256Hex } from '@consignado/core';

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

/** Where a channel client reaches the services it calls: proposal's channel API, and loan's CCB downloads. */
export interface OriginationUrls {
  proposal: string;
  /** Loan's base URL: where the contract's CCB is read (R-LN-9); without it `ccb` cannot be called. */
  loan?: string;
}

/** A CCB as loan served it: the PDF's bytes, their SHA-256 and the hash loan stated in `x-document-sha256`. */
export interface CcbDownload {
  status: number;
  contentType: string;
  bytes: Buffer;
  /** SHA-256 of `bytes`, lowercase hex, computed here. */
  sha256: string;
  /** The `x-document-sha256` header, when loan sent one. */
  headerHash?: string;
  /** The problem loan answered instead of a document (status ≠ 200). */
  problem?: Json;
}

/** A thin JSON client for one channel's proposal API, used by the demo and the end-to-end tests. */
export class ChannelClient {
  constructor(
    private readonly baseUrl: string,
    readonly channel: Channel,
    private readonly token: TokenSource,
    private readonly loanUrl?: string,
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
    return this.withDocuments(await this.post<Json>(this.path('proposals'), body, { 'idempotency-key': idempotencyKey }));
  }

  /**
   * Seed 004: a credit offer of a recommendation round made a proposal with the offer's terms —
   * `POST …/offers/{offerId}/proposals`, then (DIGITAL) the SELFIE and ID_FRONT that submit it.
   * Proposal learns the offer from RecommendationMade a moment after the round: 404
   * PROPOSAL.OFFER_NOT_FOUND is retried with the same key for `waitMs`. 409 OFFER_ALREADY_USED once used.
   */
  async proposeFromOffer(offerId: string, body: { withInsurance?: boolean } = {}, idempotencyKey: string = randomUUID(), waitMs = 15_000): Promise<HttpResult<Json>> {
    const until = Date.now() + waitMs;
    for (;;) {
      const created = await this.post<Json>(this.path(`offers/${offerId}/proposals`), body, { 'idempotency-key': idempotencyKey });
      if (created.status !== 404 || created.body?.['code'] !== 'PROPOSAL.OFFER_NOT_FOUND' || Date.now() > until) return this.withDocuments(created);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** On DIGITAL, a proposal just created gets the SELFIE and ID_FRONT that submit it; the creation's answer, or the document's refusal. */
  private async withDocuments(created: HttpResult<Json>): Promise<HttpResult<Json>> {
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

  /**
   * The contract's CCB (R-LN-9) from LOAN — `GET /v1/contracts/{contractId}/ccb` (or the
   * proposal's `formalization.documentUrl`) with this caller's token: the PDF's bytes and hashes.
   */
  async ccb(contractId: string, documentUrl = `/v1/contracts/${contractId}/ccb`): Promise<CcbDownload> {
    if (!this.loanUrl) throw new Error(`this ${this.channel} client was built without loan's URL: it cannot read the CCB of contract ${contractId}`);
    const token = await this.token();
    const res = await fetch(`${this.loanUrl}${documentUrl}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const bytes = Buffer.from(await res.arrayBuffer());
    const contentType = res.headers.get('content-type') ?? '';
    const headerHash = res.headers.get('x-document-sha256') ?? undefined;
    const problem = res.status !== 200 && contentType.includes('json') && bytes.length > 0 ? (JSON.parse(bytes.toString('utf8')) as Json) : undefined;
    return { status: res.status, contentType, bytes, sha256: sha256Hex(bytes), ...(headerHash ? { headerHash } : {}), ...(problem ? { problem } : {}) };
  }

  /**
   * The customer's acceptance of the issued contract (R-LN-9): `POST …/proposals/{id}/acceptance`
   * naming the hash of the CCB read, with an Idempotency-Key (a fresh one unless given). 200 with the
   * view; 409 PROPOSAL.NOT_AWAITING_ACCEPTANCE, 422 PROPOSAL.DOCUMENT_MISMATCH / ACCEPTANCE_EXPIRED.
   * `headers`: more to send (a `traceparent` continuing the caller's trace).
   */
  accept(proposalId: string, documentHash: string, idempotencyKey: string = randomUUID(), headers: Record<string, string> = {}): Promise<HttpResult<Json>> {
    return this.post<Json>(this.path(`proposals/${proposalId}/acceptance`), { documentHash }, { ...headers, 'idempotency-key': idempotencyKey });
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
    loanUrl?: string,
  ) {
    super(baseUrl, 'digital', token, loanUrl);
  }
}

export interface StateChange {
  state: string;
  elapsedMs: number;
}


/** True when the proposal view shows an issued contract (APPROVED, formalization drawn up) not accepted yet. */
export function awaitsAcceptance(proposal: Json): boolean {
  const formalization = proposal['formalization'] as Json | undefined;
  return proposal['state'] === 'APPROVED' && typeof formalization?.['documentHash'] === 'string' && !formalization['acceptance'];
}

/** A step of a customer's formalization, as `acceptAsCustomer` reports it: the CCB read, then the acceptance. */
export type FormalizationStep =
  | { kind: 'read'; contractId: string; bytes: number; documentHash: string }
  | { kind: 'accepted'; contractId: string; documentHash: string; acceptance: Json };

/** How an acceptance attempt ended: accepted (the view answered), or worth another try later (why). */
export type AcceptanceOutcome = { accepted: true; view: Json } | { accepted: false; retry: string };

/** Refused for good: the CCB read is not the document the proposal names, or the acceptance was refused (not a transient answer). */
export class FormalizationError extends Error {}

const transient = (status: number): boolean => status === 404 || status === 409 || status === 429 || status >= 500;

/**
 * What a customer does with an issued contract (R-LN-9): reads the CCB from loan, checks that its
 * SHA-256 is the proposal's `formalization.documentHash` (and loan's header), and accepts by that
 * hash. A transient answer (loan or proposal away, 404 before the document is visible, 409 while the
 * state moves, 429) comes back as a retry; a document that does not match, or a refusal, throws.
 * Reuse one `idempotencyKey` across retries of the same proposal: a lost answer then replays.
 */
export async function acceptAsCustomer(client: ChannelClient, proposal: Json, idempotencyKey: string = randomUUID(), onStep: (step: FormalizationStep) => void = () => undefined): Promise<AcceptanceOutcome> {
  const formalization = proposal['formalization'] as Json;
  const contractId = String(formalization['contractId']);
  const expected = String(formalization['documentHash']);
  let ccb: CcbDownload;
  try {
    ccb = await client.ccb(contractId, formalization['documentUrl'] ? String(formalization['documentUrl']) : undefined);
  } catch (error) {
    return { accepted: false, retry: `CCB unreadable: ${(error as Error).message}` };
  }
  if (ccb.status !== 200) {
    if (transient(ccb.status)) return { accepted: false, retry: `CCB answered ${ccb.status}` };
    throw new FormalizationError(`the CCB of contract ${contractId} answered ${ccb.status}: ${JSON.stringify(ccb.problem ?? {})}`);
  }
  if (ccb.sha256 !== expected || (ccb.headerHash !== undefined && ccb.headerHash !== expected)) {
    throw new FormalizationError(`the CCB of contract ${contractId} hashes to ${ccb.sha256} (header ${ccb.headerHash ?? 'absent'}), the proposal names ${expected}: not accepted`);
  }
  onStep({ kind: 'read', contractId, bytes: ccb.bytes.length, documentHash: ccb.sha256 });
  let res: HttpResult<Json>;
  try {
    res = await client.accept(String(proposal['id']), ccb.sha256, idempotencyKey);
  } catch (error) {
    return { accepted: false, retry: `acceptance unsent: ${(error as Error).message}` };
  }
  if (res.status === 200) {
    onStep({ kind: 'accepted', contractId, documentHash: ccb.sha256, acceptance: (res.body['formalization'] as Json | undefined)?.['acceptance'] ?? {} });
    return { accepted: true, view: res.body };
  }
  if (transient(res.status)) return { accepted: false, retry: `acceptance answered ${res.status} ${JSON.stringify(res.body)}` };
  throw new FormalizationError(`the acceptance of proposal ${String(proposal['id'])} was refused ${res.status}: ${JSON.stringify(res.body)}`);
}

/** How `followProposal` treats an issued contract. */
export interface FollowOptions {
  /**
   * Accept as the customer does when the proposal is APPROVED with an issued, unaccepted contract
   * and APPROVED is not one of the awaited states (default true); false leaves it to the caller —
   * the proposal then stays APPROVED until it is accepted or expires.
   */
  accept?: boolean;
  /** Hears the CCB read and the acceptance (the demo prints them). */
  onFormalization?: (step: FormalizationStep) => void;
}

/**
 * Polls a proposal until it reaches one of `finalStates`, reporting each state it is seen in.
 * On the way it formalizes as the customer would (R-LN-9, `acceptAsCustomer`) unless told not to:
 * since formalization, no proposal passes APPROVED without its acceptance.
 * Returns the last body. Throws on timeout, naming the state it was stuck in.
 */
export async function followProposal(
  client: ChannelClient,
  proposalId: string,
  finalStates: readonly string[],
  onChange: (change: StateChange) => void = () => undefined,
  timeoutMs = 120_000,
  { accept = true, onFormalization }: FollowOptions = {},
): Promise<Record<string, unknown>> {
  const started = Date.now();
  const acceptanceKey = randomUUID();
  let last: string | undefined;
  let waitingFor = '';
  for (;;) {
    const { status, body } = await client.get<Json>(client.path(`proposals/${proposalId}`));
    if (status !== 200) throw new Error(`GET proposal ${proposalId} answered ${status}: ${JSON.stringify(body)}`);
    const state = String(body['state']);
    if (state !== last) {
      last = state;
      onChange({ state, elapsedMs: Date.now() - started });
    }
    if (finalStates.includes(state)) return body;
    if (accept && awaitsAcceptance(body)) {
      const outcome = await acceptAsCustomer(client, body, acceptanceKey, onFormalization);
      waitingFor = outcome.accepted ? '' : ` (acceptance to retry: ${outcome.retry})`;
      if (outcome.accepted) continue;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`proposal ${proposalId} stuck in ${state} after ${timeoutMs} ms${waitingFor}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
