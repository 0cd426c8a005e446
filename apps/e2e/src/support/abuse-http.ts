import { request } from 'node:http';

/** One HTTP exchange of the abuse corpus, as raw as the wire allows (any bytes, any method with a body). */
export interface RawRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json?: Record<string, unknown>;
}

/** node:http, not fetch: fetch refuses a GET with a body and rewrites invalid bytes. */
export function send(req: RawRequest): Promise<RawReply> {
  const headers = req.body === undefined ? { ...req.headers } : { 'content-length': String(Buffer.byteLength(req.body)), ...req.headers };
  return new Promise((resolve, reject) => {
    const outgoing = request(req.url, { method: req.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parse(text) });
      });
    });
    outgoing.on('error', reject);
    if (req.body !== undefined) outgoing.write(req.body);
    outgoing.end();
  });
}

function parse(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Words and letters of Portuguese; a detail in English (or empty) is not the pt-BR message D-6 asks for. */
const PT_BR = /[ãõçáéíóúâêô]|(?<!\p{L})(não|inválid[oa]s?|obrigatóri[oa]|encontrad[oa]|requisição|acesso|dados|informe|deve|muito)(?!\p{L})/iu;
const ENGLISH = /(?<!\p{L})(the|is|not found|invalid|must|cannot|error|unexpected|forbidden|unauthorized|bad request)(?!\p{L})/iu;

/**
 * Why a reply is not the refusal R-X-1 asks for: a 4xx, `application/problem+json`, RFC 7807
 * fields with `status` equal to the HTTP status, a stable `code` and a pt-BR `detail`. Empty: fine.
 */
export function refusalProblems(reply: RawReply, allowed: readonly number[] = []): string[] {
  const problems: string[] = [];
  const okStatus = allowed.length > 0 ? allowed.includes(reply.status) : reply.status >= 400 && reply.status < 500;
  if (!okStatus) problems.push(`status ${reply.status}${allowed.length ? ` (expected ${allowed.join('|')})` : ''}`);
  if (!String(reply.headers['content-type'] ?? '').startsWith('application/problem+json')) problems.push(`content-type ${reply.headers['content-type']}`);
  const body = reply.json ?? {};
  if (body['status'] !== reply.status) problems.push(`body.status ${String(body['status'])}`);
  if (typeof body['code'] !== 'string' || !/^[A-Z0-9_]+(\.[A-Z0-9_]+)+$/.test(body['code'])) problems.push(`code ${String(body['code'])}`);
  const detail = body['detail'];
  if (typeof detail !== 'string' || !PT_BR.test(detail) || ENGLISH.test(detail)) problems.push(`detail ${JSON.stringify(detail)}`);
  if (typeof body['type'] !== 'string' || typeof body['title'] !== 'string') problems.push('type/title missing');
  if (reply.status === 401 && !String(reply.headers['www-authenticate'] ?? '').startsWith('Bearer ')) problems.push('401 without WWW-Authenticate: Bearer');
  return problems;
}

/** Runs `work` over `items` with at most `width` in flight, keeping the input order in the result. */
export async function inParallel<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return out;
}
