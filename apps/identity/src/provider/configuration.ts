import type { ClientView, Configuration } from 'oidc-provider';
import type { AccountDirectory } from '../accounts/account-directory';
import { API_SCOPES, CLIENTS } from '../domain/registry';
import { OIDC_SCOPES } from '../domain/scopes';
import type { Secrets } from '../secrets/secrets';
import { extraTokenClaims, findAccount } from './account-hooks';
import { clientMetadata } from './clients';
import { renderError } from './render-error';
import { ACCESS_TOKEN_TTL, defaultResource, resourceServerInfo } from './resource-server';

export interface ProviderDeps {
  issuer: string;
  secrets: Secrets;
  accounts: AccountDirectory;
}

const HOUR = 3600;

/** oidc-provider's configuration: the dev registry, generated keys, our login pages and claims. */
export function providerConfiguration({ issuer, secrets, accounts }: ProviderDeps): Configuration {
  return {
    clients: clientMetadata(CLIENTS, secrets.clientKeys, issuer),
    jwks: { keys: secrets.signingKeys },
    cookies: { keys: secrets.cookieKeys },
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    // A client's `scope` metadata may only name these; the API scopes are also resource scopes.
    scopes: [...OIDC_SCOPES, ...API_SCOPES],
    claims: { openid: ['sub', 'cpf'] },
    findAccount: findAccount(accounts),
    extraTokenClaims: extraTokenClaims(accounts),
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    responseTypes: ['code'],
    pkce: { methods: ['S256'], required: () => true },
    issueRefreshToken: async (_ctx: unknown, client: ClientView) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: () => false,
    renderError,
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: { enabled: true, defaultResource, getResourceServerInfo: resourceServerInfo, useGrantedResource: async () => false },
    },
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL,
      ClientCredentials: ACCESS_TOKEN_TTL,
      AuthorizationCode: 60,
      IdToken: HOUR,
      Interaction: HOUR,
      Grant: 14 * 24 * HOUR,
      Session: 14 * 24 * HOUR,
      RefreshToken: 14 * 24 * HOUR,
    },
  };
}
