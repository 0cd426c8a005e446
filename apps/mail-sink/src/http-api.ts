import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Mailbox } from './domain/mailbox';

export interface HttpApiDeps {
  mailbox: Mailbox;
  /** True once the SMTP listener accepts connections. */
  smtpListening: () => boolean;
}

/**
 * `GET /messages?to=` (newest last), `DELETE /messages`, `GET /health/live`, `GET /health/ready`.
 * Errors use the platform's shape: a `code` and a pt-BR `message`.
 */
export function createHttpApi(deps: HttpApiDeps): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://mail-sink');
    const route = ROUTES[url.pathname];
    if (!route) return send(res, 404, { code: 'REQUEST.NOT_FOUND', message: 'Recurso não encontrado' });
    const handler = route[req.method ?? 'GET'];
    if (!handler) return send(res, 405, { code: 'REQUEST.METHOD_NOT_ALLOWED', message: 'Método não permitido' });
    handler(deps, url, req, res);
  });
}

type Handler = (deps: HttpApiDeps, url: URL, req: IncomingMessage, res: ServerResponse) => void;

const ROUTES: Record<string, Record<string, Handler>> = {
  '/health/live': { GET: (_d, _u, _q, res) => send(res, 200, { status: 'ok' }) },
  '/health/ready': {
    GET: (deps, _u, _q, res) => (deps.smtpListening() ? send(res, 200, { status: 'ok', checks: { smtp: 'up' } }) : send(res, 503, { status: 'error', checks: { smtp: 'down' } })),
  },
  '/messages': {
    GET: (deps, url, _q, res) => send(res, 200, deps.mailbox.list(url.searchParams.get('to') ?? undefined)),
    DELETE: (deps, _u, _q, res) => {
      deps.mailbox.clear();
      res.writeHead(204).end();
    },
  },
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}
