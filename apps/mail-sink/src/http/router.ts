import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { problem } from './respond';

export interface RouteContext<D> {
  deps: D;
  url: URL;
  req: IncomingMessage;
  res: ServerResponse;
  /** The `:name` segments of the path, by name. */
  params: Record<string, string>;
}

export type Handler<D> = (context: RouteContext<D>) => void | Promise<void>;

export interface Route<D> {
  pattern: RegExp;
  names: string[];
  methods: Partial<Record<string, Handler<D>>>;
}

/** A route for `path`, where a `:name` segment matches any one segment. */
export function route<D>(path: string, methods: Route<D>['methods']): Route<D> {
  const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  return { pattern: new RegExp(`^${path.replace(/:\w+/g, '([^/]+)')}$`), names, methods };
}

/** Dispatches to the first route whose path matches: 404 when none does, 405 when it lacks the method. */
export function router<D>(routes: Route<D>[], deps: D): RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://mail-sink');
    const found = routes.map((r) => ({ r, match: r.pattern.exec(url.pathname) })).find((m) => m.match);
    if (!found?.match) return problem(res, 404, 'REQUEST.NOT_FOUND', 'Recurso não encontrado');
    const handler = found.r.methods[req.method ?? 'GET'];
    if (!handler) return problem(res, 405, 'REQUEST.METHOD_NOT_ALLOWED', 'Método não permitido', {}, { allow: Object.keys(found.r.methods).join(', ') });
    const values = found.match.slice(1);
    Promise.resolve()
      // decodeURIComponent throws on a malformed escape: that too is answered, not a crash.
      .then(() => handler({ deps, url, req, res, params: Object.fromEntries(found.r.names.map((name, i) => [name, decodeURIComponent(values[i])])) }))
      .catch(() => {
        if (!res.headersSent) problem(res, 500, 'REQUEST.FAILED', 'Erro interno do mail-sink');
        else res.destroy();
      });
  };
}
