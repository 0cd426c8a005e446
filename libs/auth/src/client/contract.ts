/** The API audience every access token is issued for (`resource` at the token endpoint). */
export const API_RESOURCE = 'urn:consignado:api';

/** The local provider's issuer when IDENTITY_PORT is not set. */
export const DEFAULT_ISSUER = 'http://127.0.0.1:9400';

/** The issuer of a local provider listening on `port`. */
export const issuerForPort = (port: number | string): string => `http://127.0.0.1:${port}`;

/** The first-party apps where a person signs in, and the scopes their logins ask for. */
export const SIGN_IN_CLIENTS = {
  customer: { clientId: 'digital-app', scope: 'openid origination contracts:read payments:write notifications:read notifications:write privacy' },
  staff: { clientId: 'backoffice-console', scope: 'openid origination contracts:read payments:write notifications:read notifications:write backoffice privacy' },
} as const;

/** The client_credentials clients of the dev registry (each has a key in `<dir>/clients`). */
export type ServiceClientId = 'corban-alpha' | 'corban-beta' | 'internal-origination' | 'servicing-ops' | 'payroll-source' | 'privacy-office' | 'proposal-service';

/** The redirect URI registered for a sign-in client: a page of the provider itself. */
export const redirectUriOf = (issuer: string, clientId: string): string => `${issuer}/callback/${clientId}`;
