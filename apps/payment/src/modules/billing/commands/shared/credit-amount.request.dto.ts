import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { MONEY_INPUT } from '../../../../shared/http/input';

/** How much of the customer's credit to refund or apply; absent: all of it. */
export class CreditAmountRequestDto {
  @ApiPropertyOptional({ example: '35.10', description: 'Reais as text, up to two decimals, above zero, at most the credit; default: the whole credit' })
  @IsOptional()
  @IsString()
  @Matches(MONEY_INPUT)
  amount?: string;
}
