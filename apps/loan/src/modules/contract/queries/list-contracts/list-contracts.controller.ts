import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { ContractSummaryView, toSummaryView } from '../get-contract/contract.view';
import { visibleContracts } from './visible-contracts';

/** At least one filter: a proposal's contract or a customer's contracts (both: their intersection). */
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
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/contracts')
export class ListContractsController {
  constructor(@Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository) {}

  /** Summaries, oldest first; a customer's token sees only its own contracts (another customer's filter matches nothing). */
  @Get()
  @ApiOkResponse({ type: ContractListView })
  async list(@Query() query: ListContractsQuery, @CurrentPrincipal() reader: Principal): Promise<ContractListView> {
    return { items: (await visibleContracts(this.contracts, query, reader)).map(toSummaryView) };
  }
}
