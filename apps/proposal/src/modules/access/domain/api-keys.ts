import { ORIGINATION_CHANNELS } from '@consignado/contracts';
import type { Principal } from './principal';

/** One configured key and the principal it stands for. */
export interface ApiKeyEntry {
  readonly key: string;
  readonly principal: Principal;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OPERATOR = /^[A-Za-z0-9._@-]{1,128}$/;
const MIN_KEY_LENGTH = 12;

/** Development keys (README): never use them outside a developer's machine or a test run. */
export const DEV_API_KEYS = JSON.stringify([
  { key: 'digital-dev-key', channel: 'DIGITAL' },
  { key: 'corban-alpha-dev-key', channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa' },
  { key: 'corban-beta-dev-key', channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000b2fb' },
  { key: 'internal-dev-key', channel: 'INTERNAL', operatorId: 'op-0001' },
]);

export type ApiKeysParse = { ok: true; entries: ApiKeyEntry[] } | { ok: false; problems: string[] };

/**
 * Reads the API_KEYS variable: a JSON array of `{ key, channel, partnerId? (CORBAN), operatorId?
 * (INTERNAL) }`. Every problem is reported (by position, never echoing a key) so boot fails once,
 * clearly (R-X-4).
 */
export function parseApiKeys(json: string): ApiKeysParse {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problems: ['API_KEYS must be a JSON array'] };
  }
  if (!Array.isArray(raw) || raw.length === 0) return { ok: false, problems: ['API_KEYS must be a non-empty JSON array'] };
  const problems: string[] = [];
  const entries = raw.flatMap((item: unknown, index) => {
    const entry = parseEntry(item, `API_KEYS[${index}]`, problems);
    return entry ? [entry] : [];
  });
  if (new Set(entries.map((e) => e.key)).size !== entries.length) problems.push('API_KEYS has the same key twice');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

function parseEntry(item: unknown, at: string, problems: string[]): ApiKeyEntry | undefined {
  if (typeof item !== 'object' || item === null) return void problems.push(`${at} must be an object`);
  const { key, channel, partnerId, operatorId, ...rest } = item as Record<string, unknown>;
  const before = problems.length;
  if (Object.keys(rest).length > 0) problems.push(`${at} has unknown fields: ${Object.keys(rest).join(', ')}`);
  if (typeof key !== 'string' || key.length < MIN_KEY_LENGTH) problems.push(`${at}.key must be a string of at least ${MIN_KEY_LENGTH} characters`);
  if (!ORIGINATION_CHANNELS.includes(channel as never)) problems.push(`${at}.channel must be one of ${ORIGINATION_CHANNELS.join(', ')}`);
  if (channel === 'CORBAN' ? typeof partnerId !== 'string' || !UUID.test(partnerId) : partnerId !== undefined) {
    problems.push(`${at}.partnerId must be a lower-case UUID for CORBAN keys, and absent otherwise`);
  }
  if (channel === 'INTERNAL' ? typeof operatorId !== 'string' || !OPERATOR.test(operatorId) : operatorId !== undefined) {
    problems.push(`${at}.operatorId must be an operator id (letters, digits, . _ @ -) for INTERNAL keys, and absent otherwise`);
  }
  if (problems.length > before) return undefined;
  const principal: Principal =
    channel === 'CORBAN' ? { channel, partnerId: partnerId as string } : channel === 'INTERNAL' ? { channel, operatorId: operatorId as string } : { channel: 'DIGITAL' };
  return { key: key as string, principal };
}
