import type { Account } from './account';
import type { Channel, ClientDefinition } from './registry';

/** The platform's claims an access token carries besides the standard ones (token contract). */
export interface ExtraClaims {
  channel: Channel;
  partner_id?: string;
  operator_id?: string;
  roles?: string[];
  cpf?: string;
}

/**
 * Claims of a token issued to `client`, for `account` when a person signed in:
 * CORBAN → `partner_id`; INTERNAL → `operator_id` (the staff username, or the client id of a
 * system) and `roles`; DIGITAL → `cpf` of the customer (`sub` is the account id already).
 */
export function tokenClaims(client: ClientDefinition, account?: Account): ExtraClaims {
  if (client.grant === 'client_credentials') {
    if (client.channel === 'CORBAN') return { channel: 'CORBAN', partner_id: client.partnerId };
    return { channel: 'INTERNAL', operator_id: client.clientId, roles: [...(client.roles ?? [])] };
  }
  if (!account) return { channel: client.channel };
  if (account.kind === 'staff') return { channel: client.channel, operator_id: account.accountId, roles: [...account.roles] };
  return { channel: client.channel, cpf: account.cpf };
}

/** Whether `account` may sign in to `client` (customers to digital-app, staff to the console). */
export function canSignIn(client: ClientDefinition, account: Account): boolean {
  return client.grant === 'authorization_code' && client.logins === account.kind;
}
