import { Type, type Static } from '@sinclair/typebox';
import { UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * CustomerContactChanged v1 — where the customer wants to be told things (R-NT-1): the e-mail and
 * mobile number a channel registered. Emitted when a customer is registered (and whenever the
 * contact changes). Only the contact travels: never the CPF, the name or the income (LGPD
 * minimisation); consumers must not log the values.
 *
 * Producer: proposal (where customers are registered). Consumer: notification (delivery
 * addresses for the e-mail and SMS adapters; push goes to the customer id).
 */
export const CustomerContactChangedPayload = Type.Object(
  {
    customerId: Uuid,
    /** Absent when the customer gave none. */
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    /** E.164-like digits, e.g. +5561999990000. */
    phone: Type.Optional(Type.String({ pattern: '^\\+?\\d{10,13}$' })),
    changedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'CustomerContactChangedPayload' },
);
export type CustomerContactChangedPayload = Static<typeof CustomerContactChangedPayload>;
