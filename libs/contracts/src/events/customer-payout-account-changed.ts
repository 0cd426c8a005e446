import { Type, type Static } from '@sinclair/typebox';
import { PayoutAccount } from '../schema/payout';
import { Cpf, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * CustomerPayoutAccountChanged v1 — the account (PIX key or bank account) a customer registered
 * to receive the loans' released amounts and refunds (R-LN-10), with the customer's CPF as the
 * holder the account must belong to. The key, the account number and the CPF travel sealed;
 * consumers must not log them.
 *
 * Producer: proposal (where customers are registered). Consumer: payment, which releases funds to
 * the account registered when the release is requested.
 */
export const CustomerPayoutAccountChangedPayload = Type.Object(
  {
    customerId: Uuid,
    account: PayoutAccount,
    /** The customer's CPF: the account must be theirs (the rail checks the holder on transfer). */
    holderCpf: Cpf,
    changedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'CustomerPayoutAccountChangedPayload' },
);
export type CustomerPayoutAccountChangedPayload = Static<typeof CustomerPayoutAccountChangedPayload>;
