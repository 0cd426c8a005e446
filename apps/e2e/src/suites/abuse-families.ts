import { randomUUID } from 'node:crypto';
import type { RawRequest } from '../support/abuse-http';
import type { Endpoint, Json, RequestParts } from './abuse-endpoint';
import { badValues, deeplyNested, INJECTIONS, leavesOf, withValue } from './abuse-values';

/** "J", a broken two-byte sequence, two bytes that never occur in UTF-8, "o". */
export const INVALID_UTF8 = Buffer.from([0x4a, 0xc3, 0x28, 0xff, 0xfe, 0x6f]);

export type Family = 'auth' | 'types & bounds' | 'non-UUID ids' | 'injection' | 'encoding' | 'size' | 'nesting' | 'unknown fields' | 'other customer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const typeFamily = (base: Json, bad: Json): Family => (typeof base === 'string' && UUID.test(base) && typeof bad === 'string' ? 'non-UUID ids' : 'types & bounds');

export interface AbuseCase {
  endpoint: Endpoint;
  family: Family;
  label: string;
  request: RawRequest;
  /** Statuses the case must get (default: any 4xx). */
  allowed?: number[];
  /** A list route's filter on the victim: 200 with nothing of theirs. */
  list?: true;
}

export const routeOf = (e: Endpoint): string => `${e.method} ${e.route}`;

/** The raw request of `parts` on `endpoint` with this Authorization header (null: none). */
export function requestOf(e: Endpoint, parts: RequestParts, base: string, authorization: string | null, extra: { body?: string | Buffer; headers?: Record<string, string> } = {}): RawRequest {
  const path = e.route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(parts.params?.[name] ?? ''));
  const query = new URLSearchParams(parts.query ?? {}).toString();
  const body = extra.body ?? (parts.body === undefined ? undefined : JSON.stringify(parts.body));
  const headers = {
    'x-correlation-id': randomUUID(),
    ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(authorization ? { authorization } : {}),
    ...e.headers,
    ...extra.headers,
  };
  return { method: e.method, url: `${base}${path}${query ? `?${query}` : ''}`, headers, body };
}

/** Types, bounds and injection strings in every body field, query parameter and route parameter, one at a time. */
export function fieldCases(e: Endpoint, make: (parts: RequestParts) => RawRequest): Array<Pick<AbuseCase, 'family' | 'label' | 'request'>> {
  const out: Array<Pick<AbuseCase, 'family' | 'label' | 'request'>> = [];
  const parts: RequestParts = { params: e.params, query: e.query, body: e.body };
  for (const leaf of e.body === undefined ? [] : leavesOf(e.body)) {
    const field = leaf.path.join('.');
    for (const [label, value] of badValues(leaf.value)) out.push({ family: typeFamily(leaf.value, value), label: `${field}: ${label}`, request: make({ ...parts, body: withValue(e.body as Json, leaf.path, value) }) });
    if (typeof leaf.value !== 'string') continue;
    for (const [label, value] of INJECTIONS) out.push({ family: 'injection', label: `${field}: ${label}`, request: make({ ...parts, body: withValue(e.body as Json, leaf.path, value) }) });
  }
  for (const [where, values] of [['params', e.params ?? {}], ['query', e.query ?? {}]] as const) {
    for (const [name, base] of Object.entries(values)) {
      const put = (value: string): RequestParts => ({ ...parts, [where]: { ...values, [name]: value } });
      const bad = badValues(base, true).filter((b): b is [string, string] => typeof b[1] === 'string');
      if (where === 'params' && !bad.some(([, value]) => value.length >= 10_000)) bad.push(['10 000 characters', 'a'.repeat(10_000)]);
      for (const [label, value] of bad) out.push({ family: typeFamily(base, value), label: `${where} ${name}: ${label}`, request: make(put(value)) });
      for (const [label, value] of INJECTIONS) out.push({ family: 'injection', label: `${where} ${name}: ${label}`, request: make(put(value)) });
    }
  }
  return out;
}

/** Bytes the JSON parser must refuse or the validation must see through, on routes with a body. */
export function encodingCases(e: Endpoint, make: (body: string | Buffer, headers?: Record<string, string>) => RawRequest): Array<Pick<AbuseCase, 'family' | 'label' | 'request' | 'allowed'>> {
  const json = JSON.stringify(e.body);
  const extra = JSON.stringify({ ...(e.body as object), isAdmin: true });
  return [
    { family: 'encoding', label: 'text/plain', request: make(json, { 'content-type': 'text/plain' }) },
    { family: 'encoding', label: 'form-urlencoded', request: make('a=1', { 'content-type': 'application/x-www-form-urlencoded' }) },
    { family: 'encoding', label: 'invalid JSON', request: make(json.slice(0, -1)) },
    { family: 'encoding', label: 'invalid UTF-8 bytes in a field', request: make(withBytes(e.body as Json, INVALID_UTF8)) },
    { family: 'encoding', label: 'UTF-8 BOM + unknown field', request: make(`\ufeff${extra}`) },
    { family: 'encoding', label: 'UTF-16 BOM and bytes, declared UTF-8', request: make(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])) },
    { family: 'encoding', label: 'gzip declared, not gzip', request: make(json, { 'content-encoding': 'gzip' }) },
    { family: 'unknown fields', label: 'extra field', request: make(extra) },
    { family: 'nesting', label: '10 000 levels deep', request: make(`${json.slice(0, -1)},"deep":${deeplyNested(10_000)}}`) },
  ];
}

/** The body as JSON bytes with `bytes` as the value at `path` (default: its first string field). */
export function withBytes(body: Json, bytes: Buffer, path?: string[]): Buffer {
  const at = path ?? leavesOf(body).find((l) => typeof l.value === 'string')?.path ?? ['note'];
  const [before, after] = JSON.stringify(withValue(body, at, '@@BYTES@@')).split('@@BYTES@@');
  return Buffer.concat([Buffer.from(before), bytes, Buffer.from(after)]);
}

/** A body one byte over the route's limit: 413. */
export const oversized = (e: Endpoint): string => JSON.stringify({ padding: 'x'.repeat(e.limitBytes ?? 100 * 1024) });
