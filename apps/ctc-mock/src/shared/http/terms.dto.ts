import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { MONEY_INPUT, RATE_INPUT } from './input';

/** The destination's offer to the customer. */
export class OfferDto {
  @ApiProperty({ example: '0.0159', description: 'Taxa mensal (fração)' })
  @IsString()
  @Matches(RATE_INPUT)
  monthlyRate!: string;

  @ApiProperty({ example: 60 })
  @IsInt()
  @Min(1)
  @Max(420)
  termMonths!: number;

  @ApiProperty({ example: '262.10' })
  @IsString()
  @Matches(MONEY_INPUT)
  installment!: string;

  @ApiProperty({ example: '0.2107', description: 'CET anual (fração)' })
  @IsString()
  @Matches(RATE_INPUT)
  annualCet!: string;
}

/** The origin's counter-offer to keep the customer. */
export class RetentionOfferDto {
  @ApiProperty({ example: '0.0169' })
  @IsString()
  @Matches(RATE_INPUT)
  monthlyRate!: string;

  @ApiProperty({ example: '280.00' })
  @IsString()
  @Matches(MONEY_INPUT)
  installment!: string;

  @ApiProperty({ example: 60 })
  @IsInt()
  @Min(1)
  @Max(420)
  termMonths!: number;
}
