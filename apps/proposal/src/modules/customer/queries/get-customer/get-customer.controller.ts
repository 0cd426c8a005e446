import { Controller, Get, Inject, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { customerVisibleTo } from '../../domain/customer-access';
import { CustomerNotFoundError } from '../../domain/customer.errors';
import { type CustomerView, customerView } from './customer.view';
import { CUSTOMER_REPOSITORY, type CustomerRepository } from '../../database/customer.repository';

@ApiTags('customers')
@ChannelApi()
@Controller('v1/:channel/customers')
export class GetCustomerController {
  constructor(@Inject(CUSTOMER_REPOSITORY) private readonly customers: CustomerRepository) {}

  /** A corban reads only customers it registered or proposed for; anyone else's is "not found". */
  @Get(':id')
  @ApiOkResponse({ description: 'The customer' })
  @ApiNotFoundResponse({ description: 'CUSTOMER.NOT_FOUND — Cliente não encontrado' })
  async get(@Param('id', new ParseUUIDPipe({ exceptionFactory: () => new CustomerNotFoundError() })) id: string, @CurrentPrincipal() principal: Principal): Promise<CustomerView> {
    const customer = await this.customers.findById(id);
    if (!customer || !customerVisibleTo(principal, id, await this.partners(principal, id))) throw new CustomerNotFoundError();
    return customerView(customer);
  }

  private partners(principal: Principal, id: string): Promise<string[]> {
    return principal.channel === 'CORBAN' ? this.customers.partnersOf(id) : Promise.resolve([]);
  }
}
