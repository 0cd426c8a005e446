import { statusForCode } from './status-for-code';

describe('statusForCode', () => {
  it.each([
    ['CONTRACT.NOT_FOUND', 404],
    ['PAYMENT.CUSTOMER_NOT_FOUND', 404],
    ['LOAN.CUSTOMER_NOT_FOUND', 404],
    ['ACCESS.UNAUTHORIZED', 401],
    ['AUTH.TOKEN_MISSING', 401],
    ['AUTH.TOKEN_INVALID', 401],
    ['AUTH.TOKEN_EXPIRED', 401],
    ['AUTH.INSUFFICIENT_SCOPE', 403],
    ['AUTH.ROLE_REQUIRED', 403],
    ['AUTH.CHANNEL_FORBIDDEN', 403],
    ['AUTH.PROVIDER_UNAVAILABLE', 503],
    ['REQUEST.RATE_LIMITED', 429],
    ['PAYMENT.CLOCK_ADJUSTMENT_FORBIDDEN', 403],
    ['PROPOSAL.IDEMPOTENCY_CONFLICT', 409],
    ['PAYMENT.REMITTANCE_CONFLICT', 409],
    ['CUSTOMER.ALREADY_EXISTS', 409],
    ['PROPOSAL.ILLEGAL_TRANSITION', 409],
    ['PAYMENT.INVALID_DATE', 400],
    ['REQUEST.INVALID_BODY', 400],
    ['PAYMENT.INSUFFICIENT_AMOUNT', 422],
    ['PAYMENT.INSTALLMENT_NOT_PAYABLE', 422],
    ['CONTRACT.PAYOFF_DATE_INVALID', 422],
  ])('%s → %d', (code, status) => expect(statusForCode(code)).toBe(status));

  it('does not read a word that merely contains a suffix (NOTFOUND, XCONFLICT) as one', () => {
    expect(statusForCode('X.NOTFOUND')).toBe(422);
    expect(statusForCode('X.XCONFLICT')).toBe(422);
  });

  it('lets an app override a code', () => {
    expect(statusForCode('PAYMENT.INSUFFICIENT_AMOUNT', { 'PAYMENT.INSUFFICIENT_AMOUNT': 402 })).toBe(402);
  });
});
