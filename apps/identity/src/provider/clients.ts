import type { ClientDefinition } from '../domain/registry';
import type { EcJwk } from '../secrets/keys';

/** Where a first-party app receives its code: a page of the identity app itself. */
export const callbackUri = (issuer: string, clientId: string): string => `${issuer}/callback/${clientId}`;

/**
 * oidc-provider client metadata for the dev registry: public PKCE clients for the apps where a
 * person signs in, private_key_jwt clients (public JWK only) for the systems.
 */
export function clientMetadata(clients: readonly ClientDefinition[], keys: Record<string, EcJwk>, issuer: string): Record<string, unknown>[] {
  return clients.map((client) => {
    const scope = client.scopes.join(' ');
    if (client.grant === 'authorization_code') {
      return {
        client_id: client.clientId,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [callbackUri(issuer, client.clientId)],
        scope,
      };
    }
    const jwk = keys[client.clientId];
    if (!jwk) throw new Error(`no key for client ${client.clientId}`);
    return {
      client_id: client.clientId,
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'ES256',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      jwks: { keys: [jwk] },
      scope,
    };
  });
}
