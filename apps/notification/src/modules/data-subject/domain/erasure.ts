import type { PayloadOf } from '@consignado/contracts';

/** What an ANONYMIZE decision asks of notification (LGPD art. 18 VI, R-SEC-3). */
export interface Erasure {
  readonly requestId: string;
  readonly customerId: string;
  readonly origin: string;
  /**
   * When the erasure was decided. The contact is erased as of then: a contact change made before
   * it that arrives late (another topic) stays erased; one made after it means the customer came
   * back and told us again where to reach them, and is kept.
   */
  readonly asOf: Date;
}

/** Rows of each table that held the customer's personal data when it was erased (the ledger keeps them). */
export type ErasedRows = Readonly<Record<'customer_contact' | 'notification' | 'notification_delivery', number>>;

/** ANONYMIZE → what to erase; RETAIN (a contract obliges keeping the data) → nothing. */
export function erasureOf(decision: PayloadOf<'DataSubjectErasureDecided'>): Erasure | undefined {
  if (decision.decision !== 'ANONYMIZE') return undefined;
  return { requestId: decision.requestId, customerId: decision.customerId.toLowerCase(), origin: decision.origin, asOf: new Date(decision.decidedAt) };
}
