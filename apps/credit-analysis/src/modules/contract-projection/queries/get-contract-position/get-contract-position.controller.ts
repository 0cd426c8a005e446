import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ContractPositionNotFoundError } from '../../domain/position-not-found.error';
import { CONTRACT_POSITIONS, type ContractPositions } from '../../database/contract-position.repository';
import { ContractPositionView, contractPositionView } from './contract-position.view';

export class GetContractPositionParams {
  @IsUUID()
  contractId!: string;
}

@ApiTags('contract-positions')
@Controller('v1/contract-positions')
export class GetContractPositionController {
  constructor(@Inject(CONTRACT_POSITIONS) private readonly positions: ContractPositions) {}

  /** The projected contract: the highest revision of ContractPositionChanged received. */
  @Get(':contractId')
  @ApiOkResponse({ type: ContractPositionView })
  @ApiNotFoundResponse({ description: 'PROJECTION.CONTRACT_NOT_FOUND — Contrato não encontrado na projeção da análise de crédito' })
  async get(@Param() params: GetContractPositionParams): Promise<ContractPositionView> {
    const contract = await this.positions.findById(params.contractId);
    if (!contract) throw new ContractPositionNotFoundError(params.contractId);
    return contractPositionView(contract);
  }
}
