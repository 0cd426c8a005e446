import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { dec, Money, type WorkoutAsk } from '@consignado/finance';
import { fieldError } from '@consignado/core';
import type { Clock } from '../../domain/clock';
import { ValuationDateQuery, valuationDate } from '../valuation-date';

const SHARE = /^(0(\.[0-9]{1,6})?|1(\.0{1,6})?)$/;
const DAYS = /^[0-9]{1,3}$/;

/** `?capacity=&date=&lateChargesDiscount=&graceDays=` of the workout offers (docs/life-cycle.md). */
export class WorkoutOffersQuery extends ValuationDateQuery {
  @ApiProperty({ example: '300.00', description: 'The monthly installment the customer can pay, reais (required)' })
  @IsOptional()
  @IsString()
  capacity?: string;

  @ApiPropertyOptional({ example: '0.5', description: 'LATE_CHARGES_DISCOUNT: share of fines and mora forgiven, 0 to 1 (default: the policy limit)' })
  @IsOptional()
  @IsString()
  lateChargesDiscount?: string;

  @ApiPropertyOptional({ example: '60', description: 'GRACE: days of grace before the first installment (default: the policy limit)' })
  @IsOptional()
  @IsString()
  graceDays?: string;
}

const invalid = (field: string, message: string) => fieldError('CONTRACT.INVALID_QUERY', field, message);

/** The ask from the query: the date as the payoff's (400 CONTRACT.INVALID_DATE), the rest 400 CONTRACT.INVALID_QUERY when missing or malformed. */
export function workoutAsk(query: WorkoutOffersQuery, clock: Clock): WorkoutAsk {
  const date = valuationDate(query.date, clock);
  const capacity = Money.parsePositive(query.capacity, 'capacity');
  if (!capacity.ok) throw invalid('capacity', 'Informe capacity: a parcela que o cliente pode pagar por mês, em reais, maior que zero e com até duas casas decimais.');
  const { lateChargesDiscount: share, graceDays: days } = query;
  if (share !== undefined && !SHARE.test(share)) throw invalid('lateChargesDiscount', 'lateChargesDiscount deve ser uma fração de 0 a 1 com até 6 casas decimais, como "0.5".');
  if (days !== undefined && !DAYS.test(days)) throw invalid('graceDays', 'graceDays deve ser um número inteiro de dias, como 60.');
  return {
    date, capacity: capacity.value,
    ...(share === undefined ? {} : { lateChargesDiscount: dec(share) }),
    ...(days === undefined ? {} : { graceDays: Number(days) }),
  };
}
