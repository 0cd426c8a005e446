import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

/** A proposal from a credit offer: the offer's terms, and whether the customer wants credit-life insurance. */
export class CreateProposalFromOfferRequestDto {
  @ApiPropertyOptional({ example: false, default: false, description: 'Credit-life insurance (never for INSS)' })
  @IsOptional()
  @IsBoolean()
  withInsurance?: boolean;
}
