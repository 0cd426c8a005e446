import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { Secured } from '@consignado/auth';
import { DomainError, FieldCipher } from '@consignado/core';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import { toDomain } from '../../database/disbursement.mapper';
import { DisbursementView } from './disbursement.view';

export class DisbursementIdParam {
  @ApiProperty({ example: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e' })
  @IsUUID()
  disbursementId!: string;
}

/** Money going out to a customer's account: back-office callers only (R-SEC-1). */
@ApiTags('disbursements')
@Secured({ scopes: ['contracts:read', 'backoffice'] })
@Controller('v1/disbursements')
export class GetDisbursementController {
  constructor(
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    private readonly cipher: FieldCipher,
  ) {}

  @Get(':disbursementId')
  @ApiOperation({ summary: 'Liberação de recursos pelo disbursementId: onde está no arranjo de pagamentos, liberada ou falha' })
  @ApiOkResponse({ type: DisbursementView })
  @ApiNotFoundResponse({ description: 'DISBURSEMENT.NOT_FOUND' })
  async get(@Param() { disbursementId }: DisbursementIdParam): Promise<DisbursementView> {
    const row = await this.disbursements.find({ id: disbursementId.toLowerCase() });
    if (!row) throw new DomainError('DISBURSEMENT.NOT_FOUND', 'Liberação não encontrada.');
    return DisbursementView.from(toDomain(this.cipher, row));
  }
}
