import type { AccountView, KoaContextWithOIDC, TokenView } from 'oidc-provider';
import type { AccountDirectory } from '../accounts/account-directory';
import { accountClaims } from '../domain/account';
import { canSignIn, tokenClaims, type ExtraClaims } from '../domain/claims';
import { clientById } from '../domain/registry';

/**
 * `findAccount`: the account of `sub` with its claims (`sub`, `cpf` for customers), unless the
 * client asking is not one that account signs in to (a staff session never serves digital-app).
 */
export function findAccount(accounts: AccountDirectory) {
  return async (ctx: KoaContextWithOIDC, sub: string): Promise<AccountView | undefined> => {
    const account = await accounts.find(sub);
    const client = clientById(ctx.oidc.client?.clientId);
    if (!account || (client && !canSignIn(client, account))) return undefined;
    return { accountId: account.accountId, claims: () => accountClaims(account) };
  };
}

/** `extraTokenClaims`: `channel` and the channel's claims (see domain/claims). */
export function extraTokenClaims(accounts: AccountDirectory) {
  return async (_ctx: KoaContextWithOIDC, token: TokenView): Promise<ExtraClaims | undefined> => {
    const client = clientById(token.clientId);
    if (!client) return undefined;
    const account = token.accountId ? await accounts.find(token.accountId) : undefined;
    return tokenClaims(client, account);
  };
}
