import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth (array order kept, undefined members dropped): same content, same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 (hex) of the canonical JSON: the identity of a request's or a batch's content, so a
 * retry with the same content in another key order is recognised as the same (idempotency keys,
 * payroll remittances).
 */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}

/** SHA-256 of exact bytes (or a string's UTF-8), lowercase hex: a document's fingerprint (a CCB, an upload). */
export function sha256Hex(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}
