import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, IsUUID, Matches } from 'class-validator';
import { DATE_INPUT, MONEY_INPUT } from '../../../../shared/http/input';

/** A manual payment of chosen installments (seed 002 §8.1, product field names, D-6). */
export class MakePaymentRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  contractId!: string;

  @ApiProperty({ example: '313.09', description: 'Reais as text, up to two decimals, above zero' })
  @IsString()
  @Matches(MONEY_INPUT)
  amount!: string;

  @ApiProperty({ example: [1, 2], description: 'Installment numbers to pay' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(480)
  @IsInt({ each: true })
  installments!: number[];

  @ApiProperty({ example: '2025-09-11', description: 'AAAA-MM-DD or DD/MM/AAAA (D-5); not after the business date' })
  @IsString()
  @Matches(DATE_INPUT)
  paymentDate!: string;
}
