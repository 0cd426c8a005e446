import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { CONTRACT_POSITIONS, type ContractPositions } from '../../database/contract-position.repository';
import { contractPositionFor } from './contract-position.query';
import { ContractPositionView, contractPositionView } from './contract-position.view';

export class GetContractPositionParams {
  @IsUUID()
  contractId!: string;
}

@ApiTags('contract-positions')
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/contract-positions')
export class GetContractPositionController {
  constructor(@Inject(CONTRACT_POSITIONS) private readonly positions: ContractPositions) {}

  /** The projected contract: the highest revision of ContractPositionChanged received; a customer reads only their own. */
  @Get(':contractId')
  @ApiOkResponse({ type: ContractPositionView })
  @ApiNotFoundResponse({ description: "PROJECTION.CONTRACT_NOT_FOUND — Contrato não encontrado na projeção da análise de crédito (also another customer's contract)" })
  async get(@Param() params: GetContractPositionParams, @CurrentPrincipal() caller: Principal): Promise<ContractPositionView> {
    return contractPositionView(await contractPositionFor(this.positions, params.contractId, caller));
  }
}
