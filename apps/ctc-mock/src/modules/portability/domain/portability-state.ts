import type { Cpf, IsoDate, Money } from '@consignado/finance';
import type { PortabilityStatus } from './portability-status';
import type { Actor } from './rejection-reason';
import type { DestinationOffer, OriginAnswer } from './terms';

/** What the destination asks the exchange for: the balance of a contract at another institution. */
export interface PortabilityRequest {
  readonly originIspb: string;
  readonly destinationIspb: string;
  readonly originContractNumber: string;
  readonly cpf: Cpf;
  readonly offer?: DestinationOffer;
}

export interface AnswerRecord extends OriginAnswer {
  readonly answeredAt: Date;
  readonly answerDate: IsoDate;
  /** Set when the answer is final (no retention pending): the last day to transfer. */
  readonly dueBalanceLimitDate?: IsoDate;
}

/** The destination's TED over STR (message STR0047). */
export interface TransferRecord {
  readonly amount: Money;
  readonly transferredAt: Date;
  readonly transferDate: IsoDate;
  readonly confirmationDeadline: IsoDate;
}

export interface SettlementRecord {
  readonly receipt: string;
  readonly confirmedAt: Date;
}

/** How a portability ended without completing. PAYMENT_ISSUE: funds returned (STR0048). */
export interface Closure {
  readonly kind: 'REJECTED' | 'CANCELLED' | 'PAYMENT_ISSUE';
  readonly reason: string;
  readonly by: Actor;
  readonly at: Date;
  readonly detail?: string;
}

export interface PortabilityState extends PortabilityRequest {
  readonly nu: string;
  status: PortabilityStatus;
  readonly requestedAt: Date;
  readonly requestDate: IsoDate;
  readonly answerDeadline: IsoDate;
  answer?: AnswerRecord;
  transfer?: TransferRecord;
  settlement?: SettlementRecord;
  closure?: Closure;
  statusChangedAt: Date;
}

/** A status change, in the order it happened: what the feed tells both institutions. */
export interface StatusChange {
  readonly nu: string;
  readonly from: PortabilityStatus | null;
  readonly to: PortabilityStatus;
  readonly at: Date;
}

/** What a move decided: nothing (a retry), a record without a status change, or a transition. */
export type Move =
  | { readonly kind: 'NOOP' }
  | { readonly kind: 'RECORD'; readonly patch: Partial<PortabilityState> }
  | { readonly kind: 'TRANSITION'; readonly to: PortabilityStatus; readonly patch: Partial<PortabilityState> };

export const NOOP: Move = { kind: 'NOOP' };
