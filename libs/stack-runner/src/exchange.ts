import type { HttpResult } from './client';
import { randomBenefitNumber } from './people';
import type { StackServiceName } from './services';

/** The mock CTC's admin key and our platform's ISPB there, in development (apps/ctc-mock config). */
export const CTC_ADMIN_DEV_KEY = 'ctc-admin-dev-key';
export const OUR_ISPB = '99000001';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of the mocks, read field by field by the demo and the e2e tests
type Json = Record<string, any>;

/** A contract at a bank the mock exchange simulates: what a portability in brings over. */
export interface OriginContract {
  ispb: string;
  contractNumber: string;
  cpf: string;
  balance: string;
  remainingInstallments: number;
  installment: string;
  monthlyRate: string;
  behaviour: 'ANSWER' | 'REFUSE' | 'RETAIN' | 'SILENT' | 'RETURN_FUNDS';
  refusalReason?: string;
  answerDelayMs?: number;
  settlementDelayMs?: number;
}

/** Another bank asking the exchange for one of our contracts (a portability out). */
export interface IncomingPortability {
  destinationIspb: string;
  originContractNumber: string;
  cpf: string;
  behaviour: 'TRANSFER' | 'CANCEL' | 'NO_TRANSFER';
  delayMs?: number;
}

/**
 * The counterparts outside the platform, for the demo and the end-to-end tests: the mock
 * interbank exchange's simulated banks and the mock Dataprev's registrations.
 */
export class CounterpartsClient {
  constructor(private readonly urls: Record<StackServiceName, string>, private readonly ctcAdminKey = CTC_ADMIN_DEV_KEY) {}

  async originContract(contract: OriginContract): Promise<void> {
    await this.expectOk(this.ctc('POST', '/admin/origin-contracts', contract), 'origin contract');
  }

  /** Opens a portability out at the exchange: another bank asks for our contract's balance. */
  async incomingPortability(request: IncomingPortability): Promise<Json> {
    return this.expectOk(this.ctc('POST', '/admin/incoming-portabilities', { originIspb: OUR_ISPB, ...request }), 'incoming portability');
  }

  /** The exchange's portabilities for a contract number (newest first). */
  async portabilities(originContractNumber: string): Promise<Json[]> {
    const body = await this.expectOk(this.ctc('GET', `/admin/portabilities?originContractNumber=${encodeURIComponent(originContractNumber)}`), 'portabilities');
    return body['portabilities'] as Json[];
  }

  /** Moves the exchange's calendar day (`null`: the system date again), for its business-day deadlines. */
  async exchangeDate(today: string | null): Promise<void> {
    await this.expectOk(this.ctc('PUT', '/admin/clock', { today }), 'exchange clock');
  }

  /** Expires the portabilities whose deadline has passed on the exchange's day, now. */
  async sweep(): Promise<Json[]> {
    const body = await this.expectOk(this.ctc('POST', '/admin/sweep'), 'sweep');
    return body['expired'] as Json[];
  }

  /** Dataprev's margin statement of a benefit for its holder (seed 003 §5.1): `beneficio.valorBeneficio`, `margem.pessoal.disponivel`… */
  async margin(benefitNumber: string, cpf: string): Promise<Json> {
    const res = await this.call('dataprev-mock', 'GET', `/v1/beneficios/${benefitNumber}/margem?cpf=${cpf}`);
    if (res.status !== 200) throw new Error(`margin answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /**
   * A fresh benefit number the mock Dataprev values at `atLeast` or more for `cpf` (a synthetic
   * benefit's value is a hash of its number), so its 35% loan margin is known to have room. A
   * failed query (the mock's chaos) just tries another number.
   */
  async benefitWorth(cpf: string, atLeast: string, tries = 60): Promise<string> {
    for (let i = 0; i < tries; i += 1) {
      const number = randomBenefitNumber();
      const value = await this.margin(number, cpf).then((m) => Number(m['beneficio']['valorBeneficio']), () => 0);
      if (value >= Number(atLeast)) return number;
    }
    throw new Error(`no synthetic benefit worth ${atLeast} in ${tries} tries`);
  }

  /** Dataprev's registrations ("averbações") of a benefit. */
  async registrations(benefitNumber: string, cpf?: string): Promise<Json[]> {
    const query = cpf ? `?cpf=${cpf}` : '';
    const res = await this.call('dataprev-mock', 'GET', `/v1/beneficios/${benefitNumber}/averbacoes${query}`);
    if (res.status !== 200) throw new Error(`registrations answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body['averbacoes'] as Json[];
  }

  private ctc(method: string, path: string, body?: unknown): Promise<HttpResult<Json>> {
    return this.call('ctc-mock', method, path, body, { 'x-admin-key': this.ctcAdminKey });
  }

  private async expectOk(pending: Promise<HttpResult<Json>>, what: string): Promise<Json> {
    const res = await pending;
    if (res.status >= 300) throw new Error(`${what} refused ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  private async call(service: StackServiceName, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<Json>> {
    const res = await fetch(`${this.urls[service]}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
  }
}
