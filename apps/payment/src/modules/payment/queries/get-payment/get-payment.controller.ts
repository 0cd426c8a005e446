import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { boundCustomerOf, CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { PaymentNotFoundError } from '../../domain/payment.errors';
import { paymentViewOf, PaymentView } from './payment.view';
import { PAYMENT_REPOSITORY, type PaymentRepository } from '../../database/payment.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('payments')
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/payments')
export class GetPaymentController {
  constructor(@Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository) {}

  /** A payment received, manual or payroll, with its allocations; a customer reads only their own (anyone else's is not found). */
  @Get(':paymentId')
  @ApiOkResponse({ type: PaymentView })
  @ApiNotFoundResponse({ description: 'PAYMENT.NOT_FOUND — "Pagamento não encontrado"' })
  async get(@Param('paymentId') paymentId: string, @CurrentPrincipal() principal: Principal): Promise<PaymentView> {
    const id = paymentId.toLowerCase();
    const payment = UUID.test(id) ? await this.payments.find(id, boundCustomerOf(principal)) : undefined;
    if (!payment) throw new PaymentNotFoundError();
    return paymentViewOf(payment);
  }
}
