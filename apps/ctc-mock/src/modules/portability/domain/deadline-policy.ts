import { addBusinessDays, type IsoDate } from '@consignado/finance';

/** How many business days each party has (national-holiday calendar, libs/finance). */
export interface DeadlineDays {
  /** The origin's window to answer, from the request date. */
  readonly answer: number;
  /** From the answer to the due-balance limit date: the destination's window to transfer. */
  readonly transfer: number;
  /** From the transfer: the origin's window to confirm the settlement. */
  readonly confirmation: number;
}

/** The deadlines of a portability. A deadline is the last day the move may happen (inclusive). */
export class DeadlinePolicy {
  constructor(readonly days: DeadlineDays) {}

  answerDeadline(requestDate: IsoDate): IsoDate {
    return addBusinessDays(requestDate, this.days.answer);
  }

  dueBalanceLimit(answerDate: IsoDate): IsoDate {
    return addBusinessDays(answerDate, this.days.transfer);
  }

  confirmationDeadline(transferDate: IsoDate): IsoDate {
    return addBusinessDays(transferDate, this.days.confirmation);
  }

  /** Late on the first day after the deadline. */
  static isPast(deadline: IsoDate, today: IsoDate): boolean {
    return today.isAfter(deadline);
  }
}

/** The exchange's date for deadlines and the instant for timestamps, read once per command. */
export interface ExchangeTime {
  readonly today: IsoDate;
  readonly now: Date;
}
