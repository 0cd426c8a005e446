import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { creationStatus, idempotencyKeyOf } from '@consignado/service-kit';
import { parseInputDate, parsePositiveAmount } from '../../../../shared/http/input';
import { MakePaymentHandler } from './make-payment.handler';
import { MakePaymentRequestDto } from './make-payment.request.dto';
import { PaymentReceiptView, receiptOf } from './payment-receipt.view';

@ApiTags('payments')
@Controller('v1/payments')
export class MakePaymentController {
  constructor(private readonly handler: MakePaymentHandler) {}

  /**
   * Pays the chosen installments with their late charges (seed 002 §8, R-LN-3). Internal callers
   * only (channels' back ends, operators). Same Idempotency-Key and body → the first answer (200).
   */
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key + same body → the first answer again (200); another body → 409' })
  @ApiCreatedResponse({ type: PaymentReceiptView })
  @ApiOkResponse({ type: PaymentReceiptView, description: 'Replay of an Idempotency-Key' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PAYMENT.INVALID_DATE, PAYMENT.INVALID_AMOUNT, PAYMENT.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: 'PAYMENT.CUSTOMER_NOT_FOUND, PAYMENT.CONTRACT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PAYMENT.IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({
    description: 'PAYMENT.CONTRACT_SETTLED, PAYMENT.CONTRACT_NOT_ACTIVE, PAYMENT.INSTALLMENT_NOT_PAYABLE, PAYMENT.DATE_IN_FUTURE, PAYMENT.DATE_BEFORE_ACTIVATION, PAYMENT.INSUFFICIENT_AMOUNT (details.requiredAmount)',
  })
  async pay(@Body() body: MakePaymentRequestDto, @Headers('idempotency-key') header: string | undefined, @Res({ passthrough: true }) res: Response): Promise<PaymentReceiptView> {
    const key = idempotencyKeyOf(header, 'PAYMENT.INVALID_IDEMPOTENCY_KEY');
    const command = {
      customerId: body.customerId.toLowerCase(),
      contractId: body.contractId.toLowerCase(),
      amount: parsePositiveAmount(body.amount, 'amount'),
      installments: body.installments,
      paymentDate: parseInputDate(body.paymentDate, 'paymentDate'),
    };
    const outcome = await this.handler.execute(command, key);
    res.status(creationStatus(outcome));
    return receiptOf(outcome.result);
  }
}
