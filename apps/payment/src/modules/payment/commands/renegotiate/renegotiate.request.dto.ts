import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WORKOUT_OPTIONS } from '@consignado/contracts';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { MONEY_INPUT } from '../../../../shared/http/input';

/** ShareFraction (libs/contracts): 0 to 1, up to 6 decimals. */
export const SHARE_INPUT = /^(0(\.[0-9]{1,6})?|1(\.0{1,6})?)$/;

/** A workout accepted (R-LN-8): the option asked and the offer seen at loan's GET /v1/contracts/{id}/workout-offers. */
export class RenegotiateRequestDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() customerId!: string;

  @ApiProperty({ format: 'uuid', description: 'The late contract to renegotiate' }) @IsUUID() contractId!: string;

  @ApiProperty({ enum: WORKOUT_OPTIONS, description: 'LATE_CHARGES_DISCOUNT, GRACE or LONGER_TERM (docs/life-cycle.md, workout)' })
  @IsIn(WORKOUT_OPTIONS)
  option!: (typeof WORKOUT_OPTIONS)[number];

  @ApiProperty({ example: '300.00', description: 'The monthly payment capacity the customer declared, as asked for the offer' })
  @IsString()
  @Matches(MONEY_INPUT)
  capacity!: string;

  @ApiPropertyOptional({ example: '0.5', description: 'LATE_CHARGES_DISCOUNT only: the share of fines and mora forgiven (default: the policy limit)' })
  @IsOptional()
  @IsString()
  @Matches(SHARE_INPUT)
  lateChargesDiscount?: string;

  @ApiPropertyOptional({ example: 60, description: 'GRACE only: days of grace before the first installment (default: the policy limit)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  graceDays?: number;

  @ApiProperty({ example: '287.41', description: 'The offer\'s installment as the customer saw it' })
  @IsString()
  @Matches(MONEY_INPUT)
  installmentAmount!: string;

  @ApiProperty({ example: 24, description: 'The offer\'s term as the customer saw it' })
  @IsInt()
  @Min(1)
  @Max(480)
  termMonths!: number;
}
