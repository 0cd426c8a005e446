import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { CLOCK, type Clock } from '../../domain/clock';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { contractById } from '../find-contracts';
import { ValuationDateQuery, valuationDate } from '../valuation-date';
import { PayoffView, toPayoffView } from './payoff.view';

@ApiTags('contracts')
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/contracts')
export class GetPayoffController {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** What settles the contract on `date` (default today in Brazil): payoff, or the consolidated debt when rows are overdue (R-LN-4). */
  @Get(':id/payoff')
  @ApiOkResponse({ type: PayoffView })
  @ApiBadRequestResponse({ description: 'CONTRACT.INVALID_DATE — date is neither AAAA-MM-DD nor DD/MM/AAAA' })
  @ApiNotFoundResponse({ description: 'CONTRACT.NOT_FOUND — "Empréstimo não encontrado ou inválido" (also another customer\'s contract, for a customer\'s token)' })
  @ApiUnprocessableEntityResponse({
    description: 'CONTRACT.SETTLED "Empréstimo já liquidado"; CONTRACT.NOT_ACTIVE; CONTRACT.PAYOFF_DATE_INVALID (date before the last paid due date, the contract date or an amended plan\'s start)',
  })
  async get(@Param('id') id: string, @Query() query: ValuationDateQuery, @CurrentPrincipal() reader: Principal): Promise<PayoffView> {
    const date = valuationDate(query.date, this.clock);
    const contract = await contractById(this.contracts, id, reader);
    const quote = contract.settlementQuote(date);
    if (!quote.ok) throw quote.error;
    return toPayoffView(contract.id, quote.value);
  }
}
