import { fieldError } from '@consignado/core';
import type { IsoDate } from '@consignado/finance';

/** The longest statement: a year, leap day included. */
export const MAX_STATEMENT_DAYS = 366;

/** A commission statement's period: Brazilian civil dates, both inclusive. */
export interface StatementPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** `from`..`to`, at most {@link MAX_STATEMENT_DAYS} days; otherwise 400 `COMMISSION.INVALID_PERIOD` naming `to`. */
export function statementPeriod(from: IsoDate, to: IsoDate): StatementPeriod {
  if (to.isBefore(from)) throw fieldError('COMMISSION.INVALID_PERIOD', 'to', 'Período inválido: a data final (to) é anterior à inicial (from).');
  if (from.daysUntil(to) + 1 > MAX_STATEMENT_DAYS) {
    throw fieldError('COMMISSION.INVALID_PERIOD', 'to', `Período longo demais: o extrato cobre no máximo ${MAX_STATEMENT_DAYS} dias.`);
  }
  return { from, to };
}

/** Whether a civil date falls in the period. */
export const inPeriod = (period: StatementPeriod, date: IsoDate): boolean => !date.isBefore(period.from) && !date.isAfter(period.to);
