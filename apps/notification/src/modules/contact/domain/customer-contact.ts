import type { PayloadOf } from '@consignado/contracts';

/**
 * Where a customer wants to be told things (R-NT-1): the e-mail and mobile a channel registered.
 * Personal data (LGPD): stored to deliver, never logged. A field absent in the event means the
 * customer has none, so it is cleared.
 */
export interface CustomerContact {
  customerId: string;
  email?: string;
  phone?: string;
  /** When the customer changed it: the latest change wins, whatever order events arrive in. */
  changedAt: Date;
}

export function contactFrom(payload: PayloadOf<'CustomerContactChanged'>): CustomerContact {
  return { customerId: payload.customerId, email: payload.email, phone: payload.phone, changedAt: new Date(payload.changedAt) };
}
