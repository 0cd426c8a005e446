import { Type, type Static } from '@sinclair/typebox';
import { DisbursementPurpose, PayoutAccount } from '../schema/payout';
import { Cpf, Money, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * FundsReleaseRequested v1 — payment asks for money to go out to a customer's account (R-LN-10):
 * a loan's released amount after activation, or the customer's credit refunded.
 *
 * Producer: payment. Consumer: averbation-connector, which pays it through the payment rail with
 * `disbursementId` as the end-to-end key (a retried transfer is never paid twice), and checks the
 * account's holder is the customer (`holderCpf`, sealed like the account).
 */
export const FundsReleaseRequestedPayload = Type.Object(
  {
    disbursementId: Uuid,
    contractId: Uuid,
    customerId: Uuid,
    purpose: DisbursementPurpose,
    amount: Money,
    account: PayoutAccount,
    holderCpf: Cpf,
    requestedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'FundsReleaseRequestedPayload' },
);
export type FundsReleaseRequestedPayload = Static<typeof FundsReleaseRequestedPayload>;
