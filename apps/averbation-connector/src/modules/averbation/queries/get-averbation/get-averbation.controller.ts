import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { ALTERATION_REPOSITORY, type AlterationRepository } from '../../database/alteration.repository';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';
import { averbationFor } from './averbation.query';
import { AverbationView } from './averbation.view';

export class ContractParam {
  @ApiProperty()
  @IsUUID()
  contractId!: string;
}

@ApiTags('averbations')
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/averbations')
export class GetAverbationController {
  constructor(
    @Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository,
    @Inject(ALTERATION_REPOSITORY) private readonly alterations: AlterationRepository,
  ) {}

  /** Where a contract's averbation stands, with its latest plan change (for operators, the timeline and the contract's customer); no personal data. */
  @Get(':contractId')
  @ApiOperation({ summary: 'Estado da averbação de um contrato' })
  @ApiOkResponse({ type: AverbationView })
  @ApiNotFoundResponse({ description: "AVERBATION.NOT_FOUND — no averbation for this contract (also another customer's contract)" })
  async get(@Param() params: ContractParam, @CurrentPrincipal() caller: Principal): Promise<AverbationView> {
    const { averbation, alteration } = await averbationFor({ averbations: this.averbations, alterations: this.alterations }, params.contractId, caller);
    return AverbationView.from(averbation, alteration);
  }
}
