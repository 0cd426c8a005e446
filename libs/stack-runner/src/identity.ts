import { DEFAULT_ISSUER, IdentityClient } from '@consignado/auth';
import { type Channel, ChannelClient, CustomerClient, type OriginationUrls, type TokenSource } from './client';
import { randomCpf } from './people';
import { PersonalizationClient } from './personalization';
import type { StackServiceName } from './services';
import { PrivacyClient } from './privacy';
import { ServicingClient } from './servicing';

/** The client_credentials clients of the local provider that the demo and the e2e tests act as (infra/README.md). */
export type StackClientId = 'corban-alpha' | 'corban-beta' | 'internal-origination' | 'servicing-ops' | 'payroll-source' | 'privacy-office';

/** The part of IdentityClient the stack's callers need (a fake in unit tests). */
export type TokenIssuer = Pick<IdentityClient, 'clientToken' | 'customerSession' | 'staffToken' | 'endpoints'>;

/** Who calls: a customer logged in by CPF, a system by its client id, a staff member by username, or nobody (no token). */
export type Caller = { readonly cpf: string } | { readonly client: StackClientId } | { readonly staff: string } | { readonly anonymous: true };

/** Who each channel's proposal API is called as unless told otherwise; DIGITAL is always a customer (by CPF). */
export const CHANNEL_CALLERS: Readonly<Record<Exclude<Channel, 'digital'>, StackClientId>> = { corban: 'corban-alpha', internal: 'internal-origination' };

/**
 * The stack's callers with real tokens from the local provider (R-SEC-1): each gets its token
 * source — customers a session for their CPF (the token's subject is their customer id once they
 * register with that CPF), partners and back-office systems their client's token, staff a login.
 */
export class StackIdentity {
  constructor(private readonly issuer: TokenIssuer) {}

  /** The provider at `issuer` (default the local one, port 9400), keys read from infra/.run/identity. */
  static local(issuer: string = DEFAULT_ISSUER): StackIdentity {
    return new StackIdentity(new IdentityClient({ issuer }));
  }

  /** Resolves once the provider answers its discovery document; rejects naming the fix otherwise. */
  async ready(): Promise<void> {
    await this.issuer.endpoints();
  }

  token(caller: Caller): TokenSource {
    if ('cpf' in caller) return async () => (await this.issuer.customerSession(caller.cpf)).accessToken;
    if ('client' in caller) return () => this.issuer.clientToken(caller.client);
    if ('staff' in caller) return () => this.issuer.staffToken(caller.staff);
    return async () => undefined;
  }

  /** The customer id a CPF's login is (the account's id at the provider). */
  async customerId(cpf: string): Promise<string> {
    return (await this.issuer.customerSession(cpf)).accountId;
  }

  /**
   * The DIGITAL API as the customer with this CPF (a fresh one unless given): register them with exactly `client.cpf`.
   * `at`: proposal's URL, or the stack's URLs — with loan's, the client also reads CCBs (and so accepts contracts).
   */
  customer(at: string | OriginationUrls, cpf: string = randomCpf()): CustomerClient {
    const { proposal, loan } = typeof at === 'string' ? { proposal: at, loan: undefined } : at;
    return new CustomerClient(proposal, cpf, this.token({ cpf }), loan);
  }

  /**
   * A channel's proposal API (and loan's CCBs, given loan's URL): DIGITAL as a fresh customer, CORBAN
   * as corban-alpha, INTERNAL as internal-origination, unless `caller` says who. Each reads the CCB
   * it collects the acceptance for with its own token (a partner only the contracts it originated).
   */
  channel(at: string | OriginationUrls, channel: Channel, caller?: Caller): ChannelClient {
    if (channel === 'digital' && (!caller || 'cpf' in caller)) return this.customer(at, caller?.cpf);
    const { proposal, loan } = typeof at === 'string' ? { proposal: at, loan: undefined } : at;
    const token = this.token(caller ?? { client: CHANNEL_CALLERS[channel as Exclude<Channel, 'digital'>] });
    return new ChannelClient(proposal, channel, token, loan);
  }

  /** Back office: servicing-ops for reads, payments, the clock and the jobs; payroll-source for remittances. */
  servicing(urls: Record<StackServiceName, string>): ServicingClient {
    return new ServicingClient(urls, { ops: this.token({ client: 'servicing-ops' }), payroll: this.token({ client: 'payroll-source' }), blocker: this.token({ staff: 'fabio.riscos' }) });
  }

  /** Credit personalization (seed 004) at credit analysis, as `caller`: a customer by CPF, a partner or internal-origination. */
  personalization(urls: Record<StackServiceName, string>, caller: Caller): PersonalizationClient {
    return new PersonalizationClient(urls['credit-analysis'], this.token(caller));
  }

  /** Data-subject requests (LGPD) at proposal, as `caller`: the customer themself, or privacy-office unless told. */
  privacy(urls: Record<StackServiceName, string>, caller: Caller = { client: 'privacy-office' }): PrivacyClient {
    return new PrivacyClient(urls.proposal, this.token(caller));
  }
}
