import type { PayloadOf } from '@consignado/contracts';
import type { CtcClosure, CtcStatus } from '../../exchange/ctc.types';
import type { Cause } from './cause';

/**
 * Where a portability out (we are the origin) stands. REFUSING_UNKNOWN, ANSWERING, REFUSING and
 * CONFIRMING wait for an exchange call (the row is the job); the others wait for loan, the
 * destination's transfer or the settlement, or are over.
 */
export type PortabilityOutStatus =
  | 'REFUSING_UNKNOWN'
  | 'REQUESTED'
  | 'ANSWERING'
  | 'REFUSING'
  | 'ANSWERED'
  | 'REFUSED'
  | 'ANSWER_FAILED'
  | 'FUNDS_RECEIVED'
  | 'CONFIRMING'
  | 'COMPLETED'
  | 'CONFIRMATION_FAILED'
  | 'CLOSED';

export type OutStep = 'REJECT' | 'ANSWER' | 'CONFIRM';

export interface PortabilityOutState {
  readonly id: string;
  readonly portabilityNumber: string;
  /** Our contract: the origin contract number when it is a UUID, else none (refused at once). */
  readonly contractId?: string;
  readonly destinationIspb: string;
  readonly originContractNumber: string;
  readonly requestDate: string;
  readonly answerDeadline: string;
  readonly requestedAt: string;
  /** One flow from the feed's request to the settlement: every event of it carries this. */
  readonly correlationId: string;
  status: PortabilityOutStatus;
  exchangeStatus?: CtcStatus;
  /** Loan's answer as it came (a repeat must be identical). */
  answer?: PayloadOf<'PortabilityOutAnswered'>;
  answerCause?: Cause;
  fundsAmount?: string;
  settlementCause?: Cause;
  settlementReceipt?: string;
  closure?: CtcClosure;
  attempts: number;
  nextAttemptAt: Date;
  lastError?: { code: string; message: string };
}
