import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { CLOCK, type Clock } from '../../domain/clock';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { customerContract, customerContracts } from '../find-contracts';
import { toSummaryView } from '../get-contract/contract.view';
import { ContractListView } from '../list-contracts/list-contracts.controller';
import { ValuationDateQuery, valuationDate, viewedBalance } from '../valuation-date';
import { CustomerContractView, toCustomerContractView } from './customer-contract.view';

/** The seed-shaped contract queries (seed 002 §7): by customer, then contract; a customer's token reaches only its own (R-SEC-1). */
@ApiTags('customers')
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/customers/:customerId/contracts')
export class CustomerContractsController {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The customer's contracts, oldest first (summaries). */
  @Get()
  @ApiOkResponse({ type: ContractListView })
  @ApiNotFoundResponse({ description: 'LOAN.CUSTOMER_NOT_FOUND — "Cliente não encontrado"' })
  async list(@Param('customerId') customerId: string, @CurrentPrincipal() reader: Principal): Promise<ContractListView> {
    return { items: (await customerContracts(this.contracts, customerId, reader)).map(toSummaryView) };
  }

  /** Seed 002 §7.3: terms, paid and pending installments and the updated balance on `date`. */
  @Get(':contractId')
  @ApiOkResponse({ type: CustomerContractView })
  @ApiBadRequestResponse({ description: 'CONTRACT.INVALID_DATE — date is neither AAAA-MM-DD nor DD/MM/AAAA' })
  @ApiNotFoundResponse({ description: 'LOAN.CUSTOMER_NOT_FOUND "Cliente não encontrado"; CONTRACT.NOT_FOUND "Empréstimo não encontrado ou inválido"' })
  @ApiUnprocessableEntityResponse({ description: 'CONTRACT.BALANCE_DATE_INVALID — date before the contract date, the plan in force or a recorded payment' })
  async get(
    @Param('customerId') customerId: string, @Param('contractId') contractId: string, @Query() query: ValuationDateQuery, @CurrentPrincipal() reader: Principal,
  ): Promise<CustomerContractView> {
    const date = valuationDate(query.date, this.clock);
    const contract = await customerContract(this.contracts, customerId, contractId, reader);
    return toCustomerContractView(contract, viewedBalance(contract, query.date, date));
  }
}
