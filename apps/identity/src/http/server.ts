import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { AccountDirectory } from '../accounts/account-directory';
import type { CustomerStore } from '../accounts/customer-store';
import { closeAccount, type Outcome } from '../accounts/close-account';
import { signUp } from '../accounts/sign-up';
import { showInteraction, submitLogin } from './interactions';
import { callbackPage } from './pages';
import { BodyError, readJson, sendHtml, sendJson } from './respond';

export interface ServerDeps {
  provider: Provider;
  accounts: AccountDirectory;
  customers: CustomerStore;
  /** Refuses a caller that is not an account administrator (undefined: let through). */
  accountAdmin: (authorization: string | undefined) => Promise<Outcome | undefined>;
  log: (msg: string, detail?: Record<string, unknown>) => void;
}

type Handler = (deps: ServerDeps, req: IncomingMessage, res: ServerResponse, param: string) => Promise<void> | void;

/** Our routes; everything else is oidc-provider's (discovery, /auth, /token, /jwks, /me …). */
const ROUTES: [method: string, path: RegExp, handler: Handler][] = [
  ['GET', /^\/interaction\/([\w-]+)$/, (d, req, res, uid) => showInteraction(d, req, res, uid)],
  ['POST', /^\/interaction\/([\w-]+)\/login$/, (d, req, res, uid) => submitLogin(d, req, res, uid)],
  ['POST', /^\/accounts$/, async (d, req, res) => answer(res, await signUp(d.customers, await readJson(req)))],
  ['POST', /^\/accounts\/erasures$/, async (d, req, res) => reply(res, (await d.accountAdmin(req.headers.authorization)) ?? (await closeAccount(d.customers, await readJson(req))))],
  ['GET', /^\/callback\/([\w-]+)$/, (_d, req, res, client) => sendHtml(res, 200, callbackPage(client, new URL(req.url ?? '/', 'http://x').searchParams))],
  ['GET', /^\/health\/(live|ready)$/, (_d, _req, res) => sendJson(res, 200, { status: 'ok' })],
];

const answer = (res: ServerResponse, outcome: { status: number; body: unknown }) => sendJson(res, outcome.status, outcome.body);
const reply = (res: ServerResponse, outcome: Outcome) => (outcome.body ? sendJson(res, outcome.status, outcome.body) : void res.writeHead(outcome.status).end());

/** The identity app's HTTP server: sign-up, login pages and callback pages beside oidc-provider. */
export function createIdentityServer(deps: ServerDeps): Server {
  const oidc = deps.provider.callback();
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [method, pattern, handler] of ROUTES) {
      const match = req.method === method ? pattern.exec(path) : null;
      if (match) return void Promise.resolve(handler(deps, req, res, match[1] ?? '')).catch((error: unknown) => fail(deps, res, error));
    }
    void oidc(req, res);
  });
}

function fail(deps: ServerDeps, res: ServerResponse, error: unknown): void {
  if (error instanceof BodyError) return sendJson(res, 400, { code: error.code, message: error.message });
  deps.log('request failed', { error: error instanceof Error ? error.message : String(error) });
  if (!res.headersSent) sendJson(res, 500, { code: 'INTERNAL', message: 'Erro interno.' });
}
