import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { PRODUCTS, type Product } from '@consignado/contracts';
import { IOF_METHODS, type IofMethod, MAX_TERM_MONTHS } from '@consignado/finance';
import { DATE_INPUT, MONEY_INPUT, RATE_INPUT } from '../../../../shared/input-patterns';

/** The loan being priced; shared by the simulation and the "how much can I borrow" requests. */
export class LoanShapeDto {
  @ApiProperty({ enum: PRODUCTS, example: 'INSS_CONSIGNADO' })
  @IsIn(PRODUCTS)
  product!: Product;

  @ApiProperty({ example: 96, minimum: 1, maximum: MAX_TERM_MONTHS })
  @IsInt()
  @Min(1)
  @Max(MAX_TERM_MONTHS)
  termMonths!: number;

  @ApiPropertyOptional({ example: '0.0185', description: 'INSS only: monthly rate fraction; defaults to the product rate, refused above the CNPS cap in force' })
  @IsOptional()
  @IsString()
  @Matches(RATE_INPUT)
  monthlyRate?: string;

  @ApiPropertyOptional({ example: false, description: 'Credit-life insurance (not on INSS consignado)' })
  @IsOptional()
  @IsBoolean()
  withInsurance?: boolean;

  @ApiPropertyOptional({ example: '1958-06-21', description: 'For the insurance premium and the age rule; AAAA-MM-DD or DD/MM/AAAA' })
  @IsOptional()
  @IsString()
  @Matches(DATE_INPUT)
  birthDate?: string;

  @ApiPropertyOptional({ example: 650, description: 'PERSONAL only: credit score 0..1000' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  score?: number;

  @ApiPropertyOptional({ example: '2026-03-10', description: 'Defaults to today' })
  @IsOptional()
  @IsString()
  @Matches(DATE_INPUT)
  contractDate?: string;

  @ApiPropertyOptional({ example: '2026-04-10', description: 'Defaults to one month after the contract date' })
  @IsOptional()
  @IsString()
  @Matches(DATE_INPUT)
  firstDueDate?: string;

  @ApiPropertyOptional({ enum: IOF_METHODS, description: 'DECREE (default) or SEED_002' })
  @IsOptional()
  @IsIn(IOF_METHODS)
  iofMethod?: IofMethod;
}

export class SimulateRequestDto extends LoanShapeDto {
  @ApiProperty({ example: '10000.00', description: 'Amount the customer receives, reais as text' })
  @IsString()
  @Matches(MONEY_INPUT)
  amount!: string;
}
