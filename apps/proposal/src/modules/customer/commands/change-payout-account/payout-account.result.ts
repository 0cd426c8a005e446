import type { Customer } from '../../domain/customer';
import { type PayoutAccountView, payoutAccountView } from '../../queries/get-customer/payout-account.view';

/**
 * The answer to a payout account change, and what its Idempotency-Key stores: plain JSON, the
 * account masked (no key or account number is kept in clear outside the sealed column).
 */
export interface PayoutAccountResult {
  customerId: string;
  payoutAccount: PayoutAccountView;
  changedAt: string;
  /** False when the account was already the registered one: nothing written, no event. */
  changed: boolean;
}

export function payoutAccountResult(customer: Customer, changed: boolean): PayoutAccountResult {
  const { payoutAccount, payoutAccountChangedAt } = customer.props;
  if (!payoutAccount || !payoutAccountChangedAt) throw new Error('payout account expected after a change');
  return { customerId: customer.id, payoutAccount: payoutAccountView(payoutAccount), changedAt: payoutAccountChangedAt.toISOString(), changed };
}
