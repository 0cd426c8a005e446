import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsoDate } from '@consignado/finance';
import type { Clock } from '../domain/clock';
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
