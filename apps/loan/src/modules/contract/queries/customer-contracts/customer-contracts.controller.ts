import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { CLOCK, type Clock } from '../../domain/clock';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { customerContract, customerContracts } from '../find-contracts';
import { toSummaryView } from '../get-contract/contract.view';
import { ContractListView } from '../list-contracts/list-contracts.controller';
import { ValuationDateQuery, valuationDate, viewedBalance } from '../valuation-date';
import { CustomerContractView, toCustomerContractView } from './customer-contract.view';

/** The seed-shaped contract queries (seed 002 §7): by customer, then contract. */
@ApiTags('customers')
// Here as well as at start-up, so the status holds however the app is started (tests boot it without start options).
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
  async list(@Param('customerId') customerId: string): Promise<ContractListView> {
    return { items: (await customerContracts(this.contracts, customerId)).map(toSummaryView) };
  }

  /** Seed 002 §7.3: terms, paid and pending installments and the updated balance on `date`. */
  @Get(':contractId')
  @ApiOkResponse({ type: CustomerContractView })
  @ApiBadRequestResponse({ description: 'CONTRACT.INVALID_DATE — date is neither AAAA-MM-DD nor DD/MM/AAAA' })
  @ApiNotFoundResponse({ description: 'LOAN.CUSTOMER_NOT_FOUND "Cliente não encontrado"; CONTRACT.NOT_FOUND "Empréstimo não encontrado ou inválido"' })
  @ApiUnprocessableEntityResponse({ description: 'CONTRACT.BALANCE_DATE_INVALID — date before the contract date, the plan in force or a recorded payment' })
  async get(@Param('customerId') customerId: string, @Param('contractId') contractId: string, @Query() query: ValuationDateQuery): Promise<CustomerContractView> {
    const date = valuationDate(query.date, this.clock);
    const contract = await customerContract(this.contracts, customerId, contractId);
    return toCustomerContractView(contract, viewedBalance(contract, query.date, date));
  }
}
