import type { IncomingMessage, ServerResponse } from 'node:http';

/** A JSON answer. */
export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/** An error in the platform's shape: a stable `code` and a pt-BR `message`. */
export function problem(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): void {
  send(res, status, { code, message, ...extra }, headers);
}

export function noContent(res: ServerResponse): void {
  res.writeHead(204).end();
}

/**
 * The request body, or undefined when it is longer than `limit` bytes: the rest is read and
 * dropped, so that the client sees the answer rather than a reset connection.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
  });
}

/** A JSON body (an empty one is `{}`); undefined when it is not JSON or too long. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, 64 * 1024);
  if (body === undefined) return undefined;
  try {
    return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
  } catch {
    return undefined;
  }
}
