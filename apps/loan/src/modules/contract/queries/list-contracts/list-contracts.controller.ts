import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { ContractSummaryView, toSummaryView } from '../get-contract/contract.view';

/** Exactly one filter: a proposal's contract or a customer's contracts. */
export class ListContractsQuery {
  @ApiPropertyOptional({ description: 'The proposal whose contract to show' })
  @ValidateIf((q: ListContractsQuery) => q.proposalId !== undefined || q.customerId === undefined)
  @IsUUID()
  proposalId?: string;

  @ApiPropertyOptional({ description: 'The customer whose contracts to list (oldest first)' })
  @ValidateIf((q: ListContractsQuery) => q.customerId !== undefined || q.proposalId === undefined)
  @IsUUID()
  customerId?: string;
}

export class ContractListView {
  @ApiProperty({ type: [ContractSummaryView] }) items!: ContractSummaryView[];
}

@ApiTags('contracts')
@Controller('v1/contracts')
export class ListContractsController {
  constructor(@Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository) {}

  @Get()
  @ApiOkResponse({ type: ContractListView })
  async list(@Query() query: ListContractsQuery): Promise<ContractListView> {
    const { proposalId, customerId } = query;
    const filter = { ...(proposalId ? { proposalId } : {}), ...(customerId ? { customerId } : {}) };
    return { items: (await this.contracts.list(filter)).map(toSummaryView) };
  }
}
