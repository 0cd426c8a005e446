import type { Json } from './abuse-endpoint';

/** Strings that must never change the meaning of a request, in any string field or parameter. */
export const INJECTIONS: ReadonlyArray<[string, string]> = [
  ['sql', "' OR 1=1--"],
  ['html', '<script>alert(1)</script>'],
  ['jndi', '${jndi:ldap://x.example/a}'],
  ['traversal', '../../etc/passwd'],
  ['nul byte', 'abc\u0000def'],
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONEY = /^\d+\.\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DIGITS = /^\d+$/;

/**
 * Wrong types and bounds for a value, chosen by what the value is: an id that is not a UUID, an
 * amount negative, zero, huge or as a JSON number, a date that does not exist, 10 000 characters,
 * a number as text and text as a number. Each is refused by the route's validation.
 */
export function badValues(value: Json, inQuery = false): Array<[string, Json]> {
  if (typeof value === 'string') {
    const asNumber: Array<[string, Json]> = inQuery ? [] : [['number instead of text', 12345]];
    if (UUID.test(value)) return [['not a UUID', 'not-a-uuid'], ['UUID with a tail', `${value}0`], ...asNumber];
    if (MONEY.test(value)) return [['negative amount', '-1.00'], ['zero amount', '0'], ['huge amount', `1${'0'.repeat(20)}`], ['exponent', '1e3'], ...asNumber];
    if (DATE.test(value)) return [['30 February', '2026-02-30'], ['month 13', '2026-13-01'], ['DD/MM out of range', '31/04/2026'], ...asNumber];
    if (MONTH.test(value)) return [['month 13', '2026-13'], ['month 00', '2026-00'], ...asNumber];
    if (DIGITS.test(value)) return inQuery ? [['letters', 'abc'], ['negative', '-1'], ['zero', '0'], ['fraction', '1.5'], ['huge', '9'.repeat(20)]] : [['10 000 digits', '9'.repeat(10_000)], ...asNumber];
    return [['empty', ''], ['10 000 characters', 'x'.repeat(10_000)], ...asNumber];
  }
  if (typeof value === 'number') return [['number as text', String(value)], ['negative', -1], ['huge', 1e308], ['fraction', 1.5]];
  if (typeof value === 'boolean') return [['boolean as text', String(value)], ['boolean as number', 1]];
  if (Array.isArray(value)) return [['empty list', []], ['text instead of a list', 'x']];
  if (value && typeof value === 'object') return [['text instead of an object', 'x'], ['list instead of an object', []]];
  return [];
}

export type Leaf = { path: string[]; value: Json };

/** Every scalar or list in a body, with its path (`benefit.number`, `lines.0.amount`). */
export function leavesOf(value: Json, path: string[] = []): Leaf[] {
  if (Array.isArray(value)) return [{ path, value }, ...(value.length ? leavesOf(value[0], [...path, '0']) : [])];
  if (value && typeof value === 'object') return [...(path.length ? [{ path, value }] : []), ...Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]))];
  return [{ path, value }];
}

/** A copy of `body` with the value at `path` replaced. */
export function withValue(body: Json, path: string[], value: Json): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(body)) return body.map((item, i) => (String(i) === head ? withValue(item, rest, value) : item));
  const record = body as Record<string, Json>;
  return { ...record, [head]: withValue(record[head], rest, value) };
}

/** `depth` arrays nested in each other, as JSON text. */
export const deeplyNested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
