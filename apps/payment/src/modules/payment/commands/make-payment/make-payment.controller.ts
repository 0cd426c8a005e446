import { Body, Controller, Headers, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { creationStatus, idempotencyKeyOf, ProblemDetailsFilter } from '@consignado/service-kit';
import { PAYMENT_STATUS_OVERRIDES } from '../../../../shared/http/status-overrides';
import { makePaymentOf } from './make-payment.command';
import { MakePaymentHandler } from './make-payment.handler';
import { MakePaymentRequestDto } from './make-payment.request.dto';
import { PaymentReceiptView, receiptOf } from './payment-receipt.view';

@ApiTags('payments')
@Secured({ scopes: ['payments:write'] })
@Controller('v1/payments')
@UseFilters(new ProblemDetailsFilter(PAYMENT_STATUS_OVERRIDES))
export class MakePaymentController {
  constructor(private readonly handler: MakePaymentHandler) {}

  /**
   * A manual payment: a customer (DIGITAL token) pays only their own contracts — anyone else's is
   * PAYMENT.CONTRACT_NOT_FOUND, as an unknown one; internal callers pay any. `purpose` INSTALLMENT
   * (default) pays the installments listed with their late charges (seed 002 §8, R-LN-3);
   * EARLY_SETTLEMENT settles the contract for exactly finance's settlement amount on the date
   * (R-LN-4); EXTRA_AMORTIZATION pays down the balance and re-plans the unpaid installments
   * (R-LN-5). None of them while the contract is blocked (R-LN-8). Same Idempotency-Key and body
   * from the same caller → the first answer (200).
   */
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Per caller: same key + same body → the first answer again (200); another body → 409' })
  @ApiCreatedResponse({ type: PaymentReceiptView })
  @ApiOkResponse({ type: PaymentReceiptView, description: 'Replay of an Idempotency-Key' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY (also: installments only for INSTALLMENT, amortizationMode only and always for EXTRA_AMORTIZATION), PAYMENT.INVALID_DATE, PAYMENT.INVALID_AMOUNT, PAYMENT.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: 'PAYMENT.CUSTOMER_NOT_FOUND, PAYMENT.CONTRACT_NOT_FOUND (also a customer token naming a contract or customerId not its own)' })
  @ApiConflictResponse({ description: 'PAYMENT.IDEMPOTENCY_CONFLICT; PAYMENT.REFINANCING_IN_PROGRESS (EARLY_SETTLEMENT, EXTRA_AMORTIZATION while a refinancing of the contract is pending)' })
  @ApiUnprocessableEntityResponse({
    description:
      'PAYMENT.CONTRACT_SETTLED, PAYMENT.CONTRACT_NOT_ACTIVE, PAYMENT.CONTRACT_BLOCKED (every purpose while the contract is blocked; details.reason), PAYMENT.INSTALLMENT_NOT_PAYABLE, PAYMENT.DATE_IN_FUTURE, PAYMENT.DATE_BEFORE_ACTIVATION, PAYMENT.INSUFFICIENT_AMOUNT (details.requiredAmount); ' +
      'EARLY_SETTLEMENT: PAYMENT.SETTLEMENT_AMOUNT_MISMATCH (details.settlementAmount, details.kind); EXTRA_AMORTIZATION: PAYMENT.EXTRA_AMOUNT_SETTLES_CONTRACT (details.settlementAmount), ' +
      'PAYMENT.EXTRA_AMOUNT_TOO_SMALL (details.interest), PAYMENT.OVERDUE_INSTALLMENTS, PAYMENT.INSTALLMENTS_PAID_AHEAD; both: PAYMENT.DATE_BEFORE_LAST_PAYMENT, BILLING.POSITION_UNKNOWN',
  })
  async pay(
    @Body() body: MakePaymentRequestDto,
    @Headers('idempotency-key') header: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PaymentReceiptView> {
    const key = idempotencyKeyOf(header, 'PAYMENT.INVALID_IDEMPOTENCY_KEY');
    const outcome = await this.handler.execute(makePaymentOf(body), principal, key);
    res.status(creationStatus(outcome));
    return receiptOf(outcome.result);
  }
}
