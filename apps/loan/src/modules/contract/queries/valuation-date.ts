import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsoDate, type Money } from '@consignado/finance';
import type { Clock } from '../domain/clock';
import type { Contract } from '../domain/contract';
import { InvalidDateError } from '../domain/contract.errors';
import { civilDate } from '../domain/regret-window';

/** `?date=` of the balance and payoff queries. */
export class ValuationDateQuery {
  @ApiPropertyOptional({ example: '2026-06-15', description: 'AAAA-MM-DD or DD/MM/AAAA (D-5); default: today in America/Sao_Paulo' })
  @IsOptional()
  @IsString()
  date?: string;
}

/**
 * The date a contract is valued on: ISO or DD/MM/AAAA as the seed writes dates (D-5), or, when
 * absent, today's Brazilian civil date from the injectable clock. Anything else is 400
 * CONTRACT.INVALID_DATE.
 */
export function valuationDate(input: string | undefined, clock: Clock): IsoDate {
  if (input === undefined) return civilDate(clock.now());
  const parsed = IsoDate.parseIsoOrBrazilian(input, 'date');
  if (!parsed.ok) throw new InvalidDateError('date', input);
  return parsed.value;
}

/**
 * The updated balance a contract view shows: on the asked date (a date it cannot be valued on is
 * 422 CONTRACT.BALANCE_DATE_INVALID) or, with none, on today — moved to the plan's start or the
 * last payment when either is later (Contract.balanceDateFrom); the view says which date it used.
 */
export function viewedBalance(contract: Contract, input: string | undefined, date: IsoDate): { date: IsoDate; updatedBalance: Money | null } {
  const on = input === undefined ? contract.balanceDateFrom(date) : date;
  const updatedBalance = contract.updatedBalance(on);
  if (!updatedBalance.ok) throw updatedBalance.error;
  return { date: on, updatedBalance: updatedBalance.value };
}
