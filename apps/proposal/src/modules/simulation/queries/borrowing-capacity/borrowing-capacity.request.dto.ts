import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches } from 'class-validator';
import { MONEY_INPUT } from '../../../../shared/input-patterns';
import { LoanShapeDto } from '../simulate/simulate.request.dto';

/** Either the available margin, or (INSS) the benefit and the installments already deducted from it. */
export class BorrowingCapacityRequestDto extends LoanShapeDto {
  @ApiPropertyOptional({ example: '500.00', description: 'Monthly amount available for the installment' })
  @IsOptional()
  @IsString()
  @Matches(MONEY_INPUT)
  availableMargin?: string;

  @ApiPropertyOptional({ example: '2000.00', description: 'INSS only: monthly benefit; the loan margin is 35% of it' })
  @IsOptional()
  @IsString()
  @Matches(MONEY_INPUT)
  benefitValue?: string;

  @ApiPropertyOptional({ example: ['200.00'], type: [String], description: 'INSS only: installments of active consignado loans' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(MONEY_INPUT, { each: true })
  activeInstallments?: string[];
}
