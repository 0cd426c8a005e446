import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { DomainError } from '@consignado/core';
import { ALTERATION_REPOSITORY, type AlterationRepository } from '../../database/alteration.repository';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';
import { AverbationView } from './averbation.view';

export class ContractParam {
  @ApiProperty()
  @IsUUID()
  contractId!: string;
}

@ApiTags('averbations')
@Controller('v1/averbations')
export class GetAverbationController {
  constructor(
    @Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository,
    @Inject(ALTERATION_REPOSITORY) private readonly alterations: AlterationRepository,
  ) {}

  /** Where a contract's averbation stands, with its latest plan change (for operators and the timeline); no personal data. */
  @Get(':contractId')
  @ApiOperation({ summary: 'Estado da averbação de um contrato' })
  @ApiOkResponse({ type: AverbationView })
  async get(@Param() params: ContractParam): Promise<AverbationView> {
    const row = await this.averbations.findRow(params.contractId);
    if (!row) throw new DomainError('AVERBATION.NOT_FOUND', 'Averbação não encontrada para este contrato.');
    return AverbationView.from(row, await this.alterations.findRow(params.contractId));
  }
}
