import type { Callers } from '../support/abuse-callers';
import type { RawRequest } from '../support/abuse-http';
import { escalate, refusedAuthorizations } from '../support/abuse-tokens';
import type { Endpoint, Json, RequestParts } from './abuse-endpoint';
import { type AbuseCase, encodingCases, fieldCases, INVALID_UTF8, oversized, requestOf, withBytes } from './abuse-families';
import { DEAD_LETTER_ENDPOINTS } from './abuse-dead-letters';
import { PAYMENT_ENDPOINTS } from './abuse-payment';
import { PERSONALIZATION_ENDPOINTS } from './abuse-personalization';
import { PRIVACY_ENDPOINTS } from './abuse-privacy';
import { PROPOSAL_ENDPOINTS } from './abuse-proposal';
import { READER_ENDPOINTS } from './abuse-readers';

export const ALL_ENDPOINTS = (): Endpoint[] => [...PROPOSAL_ENDPOINTS(), ...READER_ENDPOINTS(), ...PERSONALIZATION_ENDPOINTS(), ...PAYMENT_ENDPOINTS(), ...PRIVACY_ENDPOINTS(), ...DEAD_LETTER_ENDPOINTS()];

type Make = (parts: RequestParts, authorization?: string | null, extra?: { body?: string | Buffer; headers?: Record<string, string> }) => RawRequest;
type Case = Omit<AbuseCase, 'endpoint'>;

/** Every case of one route: tokens, fields, bytes, size, depth, extra fields and the victim's ids. */
export async function casesOf(e: Endpoint, callers: Callers, base: string): Promise<AbuseCase[]> {
  const token = e.as === 'public' ? undefined : callers.tokens[e.as];
  const bearer = token ? `Bearer ${token}` : null;
  const parts: RequestParts = { params: e.params, query: e.query, body: e.body };
  const make: Make = (p, authorization = bearer, extra = {}) => requestOf(e, p, base, authorization, extra);
  const cases: Case[] = [];
  if (token) {
    for (const [label, authorization] of Object.entries(await refusedAuthorizations(token, escalate(callers.victim.customerId)))) {
      cases.push({ family: 'auth', label, request: make(parts, authorization), allowed: [401] });
    }
    if (e.wrongKind) cases.push({ family: 'auth', label: `token of another kind (${e.wrongKind})`, request: make(parts, `Bearer ${callers.tokens[e.wrongKind]}`), allowed: [403] });
  }
  cases.push(...fieldCases(e, (p) => make(p)));
  if (e.body !== undefined) cases.push(...encodingCases(e, (body, headers) => make(parts, bearer, { body, headers })));
  if (e.query !== undefined) cases.push({ family: 'unknown fields', label: 'unknown query parameter', request: make({ ...parts, query: { ...parts.query, isAdmin: 'true' } }) });
  const jsonHeader: Record<string, string> = e.body === undefined ? { 'content-type': 'application/json' } : {};
  cases.push({ family: 'size', label: 'body over the limit', request: make(parts, bearer, { body: oversized(e), headers: jsonHeader }), allowed: [413] });
  if (e.body === undefined) cases.push({ family: 'encoding', label: 'invalid JSON body on a route without one', request: make(parts, bearer, { body: '{"a":', headers: jsonHeader }) });
  if (e.params === undefined) cases.push({ family: 'injection', label: 'path: traversal after the route', request: requestOf({ ...e, route: `${e.route}/..%2F..%2Fetc%2Fpasswd` }, parts, base, bearer) });
  if (e.freeText) cases.push(...freeTextCases(e.freeText, parts, make));
  const foreign = e.foreign?.(callers.victim);
  if (foreign) {
    const { list, ...overrides } = foreign;
    cases.push({ family: 'other customer', label: "the victim's ids", request: make({ ...parts, ...overrides }, `Bearer ${callers.tokens.intruder}`), allowed: list ? [200] : [404], list });
  }
  return cases.map((c) => ({ endpoint: e, ...c }));
}

/** A NUL byte and invalid UTF-8 in a free-text field of an otherwise valid request. */
function freeTextCases({ field, valid }: NonNullable<Endpoint['freeText']>, parts: RequestParts, make: Make): Case[] {
  const withText = (text: Json): Json => ({ ...(valid() as Record<string, Json>), [field]: text });
  return [
    { family: 'injection', label: `${field}: nul byte, otherwise valid`, request: make({ ...parts, body: withText('Jo\u0000ão') }) },
    { family: 'encoding', label: `${field}: invalid UTF-8, otherwise valid`, request: make(parts, undefined, { body: withBytes(withText('x'), INVALID_UTF8, [field]) }) },
  ];
}
