/** The one Resource Server (API audience) of the platform. */
export const API_RESOURCE = 'urn:consignado:api';

/** Every scope the API accepts; a client gets the subset registered for it. */
export const API_SCOPES = ['origination', 'contracts:read', 'payments:write', 'notifications:read', 'notifications:write', 'backoffice', 'privacy'] as const;

export const ROLES = ['OPERATOR', 'SERVICING', 'CLOCK_ADMIN', 'AUDITOR', 'DLQ_OPERATOR', 'PRIVACY_OFFICER', 'ACCOUNT_ADMIN', 'CONTRACT_BLOCKER'] as const;
export type Role = (typeof ROLES)[number];
export type Channel = 'DIGITAL' | 'CORBAN' | 'INTERNAL';

/** A first-party app where a person signs in (authorization code + PKCE, public client). */
export interface UserClient {
  clientId: string;
  grant: 'authorization_code';
  channel: 'DIGITAL' | 'INTERNAL';
  /** Who may sign in: customers (CPF) or staff (username). */
  logins: 'customer' | 'staff';
  scopes: string[];
}

/** A system authenticating with its own key (client_credentials + private_key_jwt). */
export interface ServiceClient {
  clientId: string;
  grant: 'client_credentials';
  channel: 'CORBAN' | 'INTERNAL';
  scopes: string[];
  /** CORBAN only: the partner the token speaks for (lower-case UUID). */
  partnerId?: string;
  /** INTERNAL only. */
  roles?: Role[];
}

export type ClientDefinition = UserClient | ServiceClient;

const USER_API = ['origination', 'contracts:read', 'payments:write', 'notifications:read', 'notifications:write', 'privacy'];

/** The dev registry (the token contract of infra/README.md, "identity provider"). */
export const CLIENTS: readonly ClientDefinition[] = [
  { clientId: 'digital-app', grant: 'authorization_code', channel: 'DIGITAL', logins: 'customer', scopes: ['openid', ...USER_API] },
  { clientId: 'backoffice-console', grant: 'authorization_code', channel: 'INTERNAL', logins: 'staff', scopes: ['openid', ...USER_API, 'backoffice'] },
  { clientId: 'corban-alpha', grant: 'client_credentials', channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa', scopes: ['origination'] },
  { clientId: 'corban-beta', grant: 'client_credentials', channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000b2fb', scopes: ['origination'] },
  { clientId: 'internal-origination', grant: 'client_credentials', channel: 'INTERNAL', roles: ['OPERATOR'], scopes: ['origination', 'contracts:read', 'backoffice'] },
  { clientId: 'servicing-ops', grant: 'client_credentials', channel: 'INTERNAL', roles: ['SERVICING', 'CLOCK_ADMIN', 'AUDITOR', 'DLQ_OPERATOR'], scopes: ['contracts:read', 'payments:write', 'notifications:read', 'backoffice'] },
  { clientId: 'privacy-office', grant: 'client_credentials', channel: 'INTERNAL', roles: ['PRIVACY_OFFICER'], scopes: ['privacy', 'backoffice'] },
  // proposal itself: closes a customer's login when their data is anonymized (POST /accounts/erasures).
  { clientId: 'proposal-service', grant: 'client_credentials', channel: 'INTERNAL', roles: ['ACCOUNT_ADMIN'], scopes: ['privacy'] },
  { clientId: 'payroll-source', grant: 'client_credentials', channel: 'INTERNAL', roles: ['SERVICING'], scopes: ['backoffice'] },
];

/** Dev staff accounts and their roles; passwords are generated into staff.json. */
export const STAFF: Readonly<Record<string, readonly Role[]>> = {
  'ana.operadora': ['OPERATOR'],
  'bruno.servicing': ['SERVICING', 'CLOCK_ADMIN'],
  'carla.auditora': ['AUDITOR'],
  'diana.privacidade': ['PRIVACY_OFFICER'],
  'eduardo.sustentacao': ['DLQ_OPERATOR', 'AUDITOR'],
  // Blocks and unblocks contracts (judicial orders, fraud, deaths): a risk and legal duty, not servicing's.
  'fabio.riscos': ['CONTRACT_BLOCKER'],
};

export const clientById = (clientId: string | undefined): ClientDefinition | undefined => CLIENTS.find((c) => c.clientId === clientId);
