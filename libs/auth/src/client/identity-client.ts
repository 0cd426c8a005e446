import type { JWK } from 'jose';
import { authorizationCodeFlow } from './authorization-code';
import { ASSERTION_TYPE, clientAssertion } from './client-assertion';
import { API_RESOURCE, DEFAULT_ISSUER, SIGN_IN_CLIENTS } from './contract';
import { AccountExistsError } from './errors';
import { discover, postForm, type Discovery, type TokenResponse } from './http';
import { defaultIdentityDir, findRepoRoot, readClientKey, readStaffPassword, sessionPassword } from './local-files';
import { signUpCustomer } from './sign-up';
import { TokenCache } from './token-cache';

export interface IdentityClientOptions {
  /** Default `http://127.0.0.1:9400` (IDENTITY_PORT's default). */
  issuer?: string;
  /** The provider's generated keys and passwords; default `<repoRoot>/infra/.run/identity`. */
  dir?: string;
  /** Default: the nearest directory above this file holding nx.json. */
  repoRoot?: string;
  /** Private JWKs of client_credentials clients, by client id (a service's own key from its configuration); the others are read from `dir`. */
  clientKeys?: Readonly<Record<string, JWK>>;
}

/** A signed-in customer: the API access token and the account id (its `sub`). */
export interface CustomerSession {
  accessToken: string;
  accountId: string;
}

/**
 * Real tokens from the local identity provider, for tests and scripts: client credentials with
 * private_key_jwt for systems, the authorization code flow with PKCE (run headlessly) for
 * customers and staff. Tokens are cached until 60 s before they expire.
 */
export class IdentityClient {
  readonly issuer: string;
  readonly dir: string;
  private readonly clientKeys: Readonly<Record<string, JWK>>;
  private discovery?: Promise<Discovery>;
  private readonly tokens = new TokenCache<string>();
  private readonly sessions = new TokenCache<CustomerSession>();

  constructor(options: IdentityClientOptions = {}) {
    this.issuer = (options.issuer ?? DEFAULT_ISSUER).replace(/\/$/, '');
    // A service given its own key needs no local files (and may run outside the repository).
    this.dir = options.dir ?? (options.clientKeys ? '' : defaultIdentityDir(options.repoRoot ?? findRepoRoot()));
    this.clientKeys = options.clientKeys ?? {};
  }

  /** An API access token of a client_credentials client; `scopes` omitted → all its scopes. */
  clientToken(clientId: string, scopes?: string[]): Promise<string> {
    const scope = scopes?.join(' ');
    return this.tokens.getOrFetch(`client ${clientId} ${scope ?? '*'}`, async () => {
      const { token_endpoint } = await this.endpoints();
      const assertion = await clientAssertion(clientId, this.clientKeys[clientId] ?? readClientKey(this.dir, clientId), token_endpoint);
      const form = { grant_type: 'client_credentials', client_id: clientId, client_assertion_type: ASSERTION_TYPE, client_assertion: assertion, resource: API_RESOURCE, scope };
      const answer = await postForm<TokenResponse>(token_endpoint, form);
      return { value: answer.access_token, expiresIn: answer.expires_in };
    });
  }

  /** Creates a customer account; the account id. A CPF that has one throws AccountExistsError. */
  async signUp(cpf: string, password: string): Promise<string> {
    return signUpCustomer(this.issuer, cpf, password);
  }

  /** Signs a customer in to digital-app (code + PKCE): the API token and the account id. */
  async customerToken(cpf: string, password: string): Promise<CustomerSession> {
    const { clientId, scope } = SIGN_IN_CLIENTS.customer;
    const answer = await authorizationCodeFlow(await this.endpoints(), { clientId, scope, login: cpf, password });
    return { accessToken: answer.access_token, accountId: subjectOf(answer.access_token) };
  }

  /** Signs a dev staff account in to backoffice-console with its password from staff.json. */
  async staffToken(username: string): Promise<string> {
    const { clientId, scope } = SIGN_IN_CLIENTS.staff;
    return this.tokens.getOrFetch(`staff ${username}`, async () => {
      const login = { clientId, scope, login: username, password: readStaffPassword(this.dir, username) };
      const answer = await authorizationCodeFlow(await this.endpoints(), login);
      return { value: answer.access_token, expiresIn: answer.expires_in };
    });
  }

  /**
   * A customer's session for `cpf`, creating the account when there is none. The password is
   * derived from a local key (see sessionPassword), so any process of this checkout can sign in.
   */
  customerSession(cpf: string): Promise<CustomerSession> {
    return this.sessions.getOrFetch(`customer ${cpf}`, async () => {
      const password = sessionPassword(this.dir, cpf);
      await this.signUp(cpf, password).catch((error: unknown) => {
        if (!(error instanceof AccountExistsError)) throw error;
      });
      const session = await this.customerToken(cpf, password);
      return { value: session, expiresIn: expiresInOf(session.accessToken) };
    });
  }

  /** The provider's discovery document (fetched once; a failure is retried next time). */
  endpoints(): Promise<Discovery> {
    this.discovery ??= discover(this.issuer).catch((error: unknown) => {
      this.discovery = undefined;
      throw error;
    });
    return this.discovery;
  }
}

const claimsOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
const subjectOf = (jwt: string): string => String(claimsOf(jwt)['sub']);
const expiresInOf = (jwt: string): number => Number(claimsOf(jwt)['exp']) - Math.floor(Date.now() / 1000);
