import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AMORTIZATION_MODES, PAYMENT_PURPOSES } from '@consignado/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { DATE_INPUT, MONEY_INPUT } from '../../../../shared/http/input';

/**
 * A manual payment (seed 002 §8.1, product field names, D-6): installments (the default purpose),
 * an early settlement of the whole contract (R-LN-4) or an extraordinary amortization (R-LN-5).
 */
export class MakePaymentRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  contractId!: string;

  @ApiPropertyOptional({
    enum: PAYMENT_PURPOSES,
    default: 'INSTALLMENT',
    description:
      'INSTALLMENT pays the installments listed; EARLY_SETTLEMENT settles the contract and its amount must be exactly the settlement amount on the payment date (loan GET /v1/contracts/{id}/payoff?date=); EXTRA_AMORTIZATION pays down the balance and re-plans the unpaid installments',
  })
  @IsOptional()
  @IsIn(PAYMENT_PURPOSES)
  purpose?: (typeof PAYMENT_PURPOSES)[number];

  @ApiProperty({ example: '313.09', description: 'Reais as text, up to two decimals, above zero' })
  @IsString()
  @Matches(MONEY_INPUT)
  amount!: string;

  @ApiPropertyOptional({ example: [1, 2], description: 'Installment numbers to pay: required for INSTALLMENT, refused for the other purposes' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(480)
  @IsInt({ each: true })
  installments?: number[];

  @ApiPropertyOptional({ enum: AMORTIZATION_MODES, description: 'EXTRA_AMORTIZATION only (and required there): REDUCE_TERM keeps the installment, REDUCE_INSTALLMENT keeps the term' })
  @IsOptional()
  @IsIn(AMORTIZATION_MODES)
  amortizationMode?: (typeof AMORTIZATION_MODES)[number];

  @ApiProperty({ example: '2025-09-11', description: 'AAAA-MM-DD or DD/MM/AAAA (D-5); not after the business date, not before the activation' })
  @IsString()
  @Matches(DATE_INPUT)
  paymentDate!: string;
}
