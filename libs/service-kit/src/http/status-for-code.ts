/**
 * HTTP status for a domain error code, decided by how the code ends, so services never pick
 * statuses themselves: `PAYMENT.CUSTOMER_NOT_FOUND` is a 404 as `CONTRACT.NOT_FOUND` is, and
 * `AUTH.TOKEN_EXPIRED` a 401 and `AUTH.INSUFFICIENT_SCOPE` a 403. Codes naming malformed input (`….INVALID_DATE`) are 400; a
 * business refusal of understood input is 422 — name it for what was refused
 * (`PAYMENT.INSTALLMENT_NOT_PAYABLE`), not `INVALID_…`. An app may pass overrides.
 */
const BY_SUFFIX: Array<[RegExp, number]> = [
  [/(^|[._])(UNAUTHORIZED|TOKEN_MISSING|TOKEN_INVALID|TOKEN_EXPIRED)$/, 401],
  [/(^|[._])(FORBIDDEN|INSUFFICIENT_SCOPE|ROLE_REQUIRED)$/, 403],
  [/(^|[._])RATE_LIMITED$/, 429],
  [/(^|[._])UNAVAILABLE$/, 503],
  [/(^|[._])NOT_FOUND$/, 404],
  [/(^|[._])(CONFLICT|ALREADY_EXISTS|ILLEGAL_TRANSITION|ALREADY_SETTLED)$/, 409],
  [/(^|\.)(INVALID_BODY|INVALID_INPUT|INVALID_[A-Z_]+|MALFORMED_[A-Z_]+|VALIDATION)$/, 400],
];

export function statusForCode(code: string, overrides: Record<string, number> = {}): number {
  if (overrides[code]) return overrides[code];
  for (const [pattern, status] of BY_SUFFIX) if (pattern.test(code)) return status;
  // An expected business refusal that is not malformed input: the request was understood.
  return 422;
}
