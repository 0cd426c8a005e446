/**
 * HTTP status for a domain error code, decided by the code's last segment, so services never
 * pick statuses themselves. An app may pass overrides for codes that do not follow the pattern.
 */
const BY_SUFFIX: Array<[RegExp, number]> = [
  [/(^|\.)(UNAUTHORIZED|INVALID_API_KEY|MISSING_API_KEY)$/, 401],
  [/(^|\.)FORBIDDEN$/, 403],
  [/(^|\.)NOT_FOUND$/, 404],
  [/(^|\.)(CONFLICT|ALREADY_EXISTS|IDEMPOTENCY_CONFLICT|ILLEGAL_TRANSITION|ALREADY_SETTLED)$/, 409],
  [/(^|\.)(INVALID_BODY|INVALID_INPUT|INVALID_[A-Z_]+|MALFORMED_[A-Z_]+|VALIDATION)$/, 400],
];

export function statusForCode(code: string, overrides: Record<string, number> = {}): number {
  if (overrides[code]) return overrides[code];
  for (const [pattern, status] of BY_SUFFIX) if (pattern.test(code)) return status;
  // An expected business refusal that is not malformed input: the request was understood.
  return 422;
}
