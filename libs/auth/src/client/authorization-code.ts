import { randomBytes } from 'node:crypto';
import { API_RESOURCE, redirectUriOf } from './contract';
import { CookieJar } from './cookie-jar';
import { IdentityError } from './errors';
import { postForm, type Discovery, type TokenResponse } from './http';
import { newPkce } from './pkce';
import { signIn } from './sign-in';

/** One headless sign-in: the client, the scopes it asks for and the person's credentials. */
export interface CodeFlowRequest {
  clientId: string;
  scope: string;
  login: string;
  password: string;
  /** Resource at the token endpoint; default the API (a JWT). `null` asks for a /me token. */
  resource?: string | null;
}

/**
 * The authorization code flow with PKCE (S256) as a browser would run it, without one: the
 * authorization request, the provider's login page, the redirects (cookies carried), the
 * redirect URI's code and state, then the code exchanged at the token endpoint.
 */
export async function authorizationCodeFlow(discovery: Discovery, request: CodeFlowRequest): Promise<TokenResponse> {
  const pkce = newPkce();
  const state = randomBytes(16).toString('base64url');
  const redirectUri = redirectUriOf(discovery.issuer, request.clientId);
  const auth = new URL(discovery.authorization_endpoint);
  const params = { client_id: request.clientId, response_type: 'code', redirect_uri: redirectUri, scope: request.scope, state, code_challenge: pkce.challenge, code_challenge_method: 'S256' };
  for (const [k, v] of Object.entries(params)) auth.searchParams.set(k, v);
  const callback = await signIn(new CookieJar(), auth, redirectUri, request);
  const error = callback.searchParams.get('error');
  if (error) throw new IdentityError(error, callback.searchParams.get('error_description') ?? undefined);
  if (callback.searchParams.get('state') !== state) throw new IdentityError('invalid_state', 'the redirect carried another state');
  return postForm<TokenResponse>(discovery.token_endpoint, {
    grant_type: 'authorization_code',
    client_id: request.clientId,
    code: callback.searchParams.get('code') ?? '',
    redirect_uri: redirectUri,
    code_verifier: pkce.verifier,
    resource: request.resource === null ? undefined : (request.resource ?? API_RESOURCE),
  });
}
