import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionView, Provider } from 'oidc-provider';
import type { AccountDirectory } from '../accounts/account-directory';
import { clientById, type UserClient } from '../domain/registry';
import { grantEverythingRequested } from './consent';
import { errorPage, loginPage } from './pages';
import { readForm, sendHtml } from './respond';

export interface InteractionDeps {
  provider: Provider;
  accounts: AccountDirectory;
}

const WRONG_CREDENTIALS = { customer: 'CPF ou senha inválidos.', staff: 'Usuário ou senha inválidos.' } as const;

/** `GET /interaction/:uid`: the login form, or (consent prompt) the automatic first-party consent. */
export async function showInteraction(deps: InteractionDeps, req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
  const found = await load(deps.provider, req, res, uid);
  if (!found) return;
  if (found.details.prompt.name === 'consent') {
    const grantId = await grantEverythingRequested(deps.provider, found.details);
    return deps.provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  sendHtml(res, 200, loginPage(uid, found.client.logins));
}

/** `POST /interaction/:uid/login` (form `login`, `password`): 401 and the form again when wrong. */
export async function submitLogin(deps: InteractionDeps, req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
  const found = await load(deps.provider, req, res, uid);
  if (!found) return;
  const { client } = found;
  if (found.details.prompt.name !== 'login') return sendHtml(res, 400, errorPage('Esta etapa de login não espera credenciais.'));
  const form = await readForm(req);
  const account = await deps.accounts.authenticate(client.logins, form.get('login') ?? '', form.get('password') ?? '');
  if (!account) return sendHtml(res, 401, loginPage(uid, client.logins, WRONG_CREDENTIALS[client.logins]));
  await deps.provider.interactionFinished(req, res, { login: { accountId: account.accountId } }, { mergeWithLastSubmission: false });
}

/** The interaction of the request's cookie when it is `uid` and for a sign-in client; else answers 400. */
async function load(provider: Provider, req: IncomingMessage, res: ServerResponse, uid: string): Promise<{ details: InteractionView; client: UserClient } | undefined> {
  const details = await provider.interactionDetails(req, res).catch(() => undefined);
  const client = clientById(String(details?.params['client_id']));
  if (details?.uid === uid && client?.grant === 'authorization_code') return { details, client };
  sendHtml(res, 400, errorPage('Sessão de login expirada ou inválida. Volte ao aplicativo e tente de novo.'));
  return undefined;
}
