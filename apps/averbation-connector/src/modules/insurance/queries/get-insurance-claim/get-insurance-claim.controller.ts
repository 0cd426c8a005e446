import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Secured } from '@consignado/auth';
import { DomainError } from '@consignado/core';
import { INSURANCE_CLAIM_REPOSITORY, type InsuranceClaimRepository } from '../../database/insurance-claim.repository';
import { toDomain } from '../../database/insurance-claim.mapper';
import { InsuranceClaimView } from './insurance-claim.view';

export class ClaimIdParam {
  @ApiProperty({ example: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e' })
  @IsUUID()
  claimId!: string;
}

/** Claims name no customer and concern a death: back-office callers only (R-SEC-1). */
@ApiTags('insurance-claims')
@Secured({ scopes: ['contracts:read', 'backoffice'] })
@Controller('v1/insurance-claims')
export class GetInsuranceClaimController {
  constructor(@Inject(INSURANCE_CLAIM_REPOSITORY) private readonly claims: InsuranceClaimRepository) {}

  @Get(':claimId')
  @ApiOperation({ summary: 'Sinistro do seguro prestamista pelo claimId: onde está na seguradora, pago ou negado' })
  @ApiOkResponse({ type: InsuranceClaimView })
  @ApiNotFoundResponse({ description: 'INSURANCE.CLAIM_NOT_FOUND' })
  async get(@Param() { claimId }: ClaimIdParam): Promise<InsuranceClaimView> {
    const row = await this.claims.find({ id: claimId.toLowerCase() });
    if (!row) throw new DomainError('INSURANCE.CLAIM_NOT_FOUND', 'Sinistro não encontrado.');
    return InsuranceClaimView.from(toDomain(row));
  }
}
