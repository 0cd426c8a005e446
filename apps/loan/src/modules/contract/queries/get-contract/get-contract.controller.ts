import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { CLOCK, type Clock } from '../../domain/clock';
import { CANCELLATION_REQUEST_REPOSITORY, type CancellationRequestRepository } from '../../database/cancellation-request.repository';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { contractById } from '../find-contracts';
import { ValuationDateQuery, valuationDate, viewedBalance } from '../valuation-date';
import { ContractView, toContractView } from './contract.view';

@ApiTags('contracts')
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/contracts')
export class GetContractController {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CANCELLATION_REQUEST_REPOSITORY) private readonly cancellations: CancellationRequestRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The contract, its status, updated balance on `date` and full schedule (seed 002 §7, R-LN-2). */
  @Get(':id')
  @ApiOkResponse({ type: ContractView })
  @ApiBadRequestResponse({ description: 'CONTRACT.INVALID_DATE — date is neither AAAA-MM-DD nor DD/MM/AAAA' })
  @ApiNotFoundResponse({ description: 'CONTRACT.NOT_FOUND — "Empréstimo não encontrado ou inválido" (also another customer\'s contract, for a customer\'s token)' })
  @ApiUnprocessableEntityResponse({ description: 'CONTRACT.BALANCE_DATE_INVALID — date before the contract date, the plan in force or a recorded payment' })
  async get(@Param('id') id: string, @Query() query: ValuationDateQuery, @CurrentPrincipal() reader: Principal): Promise<ContractView> {
    const date = valuationDate(query.date, this.clock);
    const contract = await contractById(this.contracts, id, reader);
    const cancellations = await this.cancellations.listByProposal(contract.snapshot.proposalId);
    return toContractView(contract, cancellations, viewedBalance(contract, query.date, date));
  }
}
