import { Type, type Static } from '@sinclair/typebox';
import { PayoutAccount } from '../schema/payout';
import { UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * CustomerPayoutAccountChanged v1 — the account (PIX key or bank account) a customer registered
 * to receive the loans' released amounts and refunds (R-LN-10). The key and account number travel
 * sealed; consumers must not log them.
 *
 * Producer: proposal (where customers are registered). Consumer: payment, which releases funds to
 * the account registered when the release is requested.
 */
export const CustomerPayoutAccountChangedPayload = Type.Object(
  {
    customerId: Uuid,
    account: PayoutAccount,
    changedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'CustomerPayoutAccountChangedPayload' },
);
export type CustomerPayoutAccountChangedPayload = Static<typeof CustomerPayoutAccountChangedPayload>;
