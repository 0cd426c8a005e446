import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PROPOSAL_OPERATION_TYPES, type ProposalOperationType, PRODUCTS, type Product } from '@consignado/contracts';
import { MAX_TERM_MONTHS } from '@consignado/finance';
import { DATE_INPUT, MONEY_INPUT, RATE_INPUT } from '../../../../shared/input-patterns';

/** The contract to bring in: where it is. Its balance comes from the origin institution, never from the request (R-LN-7). */
export class PortabilityDto {
  @ApiProperty({ example: '00000000', description: 'ISPB of the origin institution, 8 digits' })
  @IsString()
  @Matches(/^\d{8}$/)
  originInstitutionIspb!: string;

  @ApiProperty({ example: 'CTR-2023-000123' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  originContractNumber!: string;
}

/** A proposal (R-PR-4); Idempotency-Key header honoured (R-PR-7). */
export class CreateProposalRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;

  @ApiProperty({ enum: PRODUCTS })
  @IsIn(PRODUCTS)
  product!: Product;

  @ApiProperty({ enum: PROPOSAL_OPERATION_TYPES })
  @IsIn(PROPOSAL_OPERATION_TYPES)
  operationType!: ProposalOperationType;

  @ApiPropertyOptional({
    example: '10000.00',
    description: 'Reais as text. NEW: the amount the customer receives (> 0). REFINANCING: the new money on top of the payoff (troco, "0.00" allowed). PORTABILITY: not sent — the balance comes from the origin.',
  })
  @IsOptional()
  @IsString()
  @Matches(MONEY_INPUT)
  requestedAmount?: string;

  @ApiProperty({ example: 96, minimum: 1, maximum: MAX_TERM_MONTHS, description: 'PORTABILITY: the desired term (credit analysis keeps it within the remaining installments)' })
  @IsInt()
  @Min(1)
  @Max(MAX_TERM_MONTHS)
  termMonths!: number;

  @ApiPropertyOptional({ example: '0.0185', description: 'INSS only: the rate quoted; refused above the cap in force' })
  @IsOptional()
  @IsString()
  @Matches(RATE_INPUT)
  monthlyRate?: string;

  @ApiProperty({ example: false })
  @IsBoolean()
  withInsurance!: boolean;

  @ApiPropertyOptional({ example: '2026-03-10', description: 'Defaults to today; not in the past' })
  @IsOptional()
  @IsString()
  @Matches(DATE_INPUT)
  contractDate?: string;

  @ApiPropertyOptional({ example: '2026-04-10', description: 'Defaults to one month after the contract date' })
  @IsOptional()
  @IsString()
  @Matches(DATE_INPUT)
  firstDueDate?: string;

  @ApiPropertyOptional({ description: 'INSS only: this bank pays the benefit (90-day rule)' })
  @IsOptional()
  @IsBoolean()
  benefitPaidByOwnBank?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'REFINANCING only: the contract being refinanced' })
  @IsOptional()
  @IsUUID()
  refinancedContractId?: string;

  @ApiPropertyOptional({ type: PortabilityDto, description: 'PORTABILITY only (consignado products)' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PortabilityDto)
  portability?: PortabilityDto;
}
