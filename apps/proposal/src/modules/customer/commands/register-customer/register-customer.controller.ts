import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { type CustomerView, customerView } from '../../queries/get-customer/customer.view';
import { RegisterCustomerHandler } from './register-customer.handler';
import { toNewCustomer } from './register-customer.mapper';
import { RegisterCustomerRequestDto } from './register-customer.request.dto';

@ApiTags('customers')
@ChannelApi()
@Controller('v1/:channel/customers')
export class RegisterCustomerController {
  constructor(@Inject(RegisterCustomerHandler) private readonly handler: RegisterCustomerHandler) {}

  /** R-PR-6: registers a customer; the same CPF again is a 409 naming the existing customer. */
  @Post()
  @ApiCreatedResponse({ description: 'The registered customer' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY or CUSTOMER.INVALID_* (e.g. CPF check digits)' })
  @ApiConflictResponse({ description: 'CUSTOMER.ALREADY_EXISTS, details.customerId = the existing customer' })
  async register(@Body() body: RegisterCustomerRequestDto, @CurrentPrincipal() principal: Principal): Promise<CustomerView> {
    return customerView(await this.handler.execute(toNewCustomer(body), principal));
  }
}
