import type { OriginationChannel, PayloadOf } from '@consignado/contracts';

/** The customer's acceptance of the issued CCB (R-LN-9): when, through which channel, by whom (a token subject or client id, never personal data). */
export interface Acceptance {
  readonly acceptedAt: string;
  readonly channel: OriginationChannel;
  readonly acceptedBy: string;
}

/**
 * The contract loan issued after the approval (ContractIssued): the CCB's SHA-256 an acceptance
 * must name, and until when it may be accepted (issuedAt + the acceptance window).
 */
export interface Formalization {
  readonly contractId: string;
  readonly documentHash: string;
  readonly issuedAt: string;
  readonly acceptBy: string;
  readonly acceptance?: Acceptance;
}

/** How long a customer has to accept an issued contract (ACCEPTANCE_WINDOW_MINUTES, 72 h by default). */
export class AcceptanceWindow {
  static readonly DEFAULT_MINUTES = 4320;

  constructor(readonly minutes: number = AcceptanceWindow.DEFAULT_MINUTES) {
    if (!Number.isInteger(minutes) || minutes < 1) throw new RangeError(`acceptance window must be a whole number of minutes ≥ 1, got ${minutes}`);
  }

  /** The last instant an acceptance of a contract issued at `issuedAt` is taken. */
  acceptBy(issuedAt: string): string {
    return new Date(Date.parse(issuedAt) + this.minutes * 60_000).toISOString();
  }
}

/** The formalization ContractIssued opens; a contract already accepted keeps the document accepted. */
export function formalizationIssued(current: Formalization | undefined, issued: PayloadOf<'ContractIssued'>, window: AcceptanceWindow): Formalization {
  if (current?.acceptance) return current;
  const { contractId, documentHash, issuedAt } = issued;
  return { contractId, documentHash, issuedAt, acceptBy: window.acceptBy(issuedAt) };
}

/** Issued, not accepted, and past its deadline: the expiry job cancels it (ACCEPTANCE_EXPIRED). */
export function acceptanceOverdue(formalization: Formalization | undefined, now: Date): boolean {
  return formalization !== undefined && !formalization.acceptance && Date.parse(formalization.acceptBy) < now.getTime();
}
