import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { DATE_INPUT, MONEY_INPUT } from '../../../../shared/http/input';

/** Money a customer gave back after regretting the contract: the whole amount due, or part of it. */
export class ReceiveRegretReturnRequestDto {
  @ApiProperty({ example: '10000.00', description: 'Reais as text, up to two decimals, above zero; at most what is still due' })
  @IsString()
  @Matches(MONEY_INPUT)
  amount!: string;

  @ApiPropertyOptional({ example: '2026-04-20', description: 'The day the money reached the bank (YYYY-MM-DD or DD/MM/AAAA); default: the business date; never after it' })
  @IsOptional()
  @IsString()
  @Matches(DATE_INPUT)
  receivedAt?: string;
}
