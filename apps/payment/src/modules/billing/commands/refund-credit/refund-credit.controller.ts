import { Body, Controller, Headers, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { Audited, creationStatus, idempotencyKeyOf, ProblemDetailsFilter } from '@consignado/service-kit';
import { parsePositiveAmount } from '../../../../shared/http/input';
import { PAYMENT_STATUS_OVERRIDES } from '../../../../shared/http/status-overrides';
import { CreditAmountRequestDto } from '../shared/credit-amount.request.dto';
import { contractIdOf } from '../shared/contract-id';
import { CreditRefundReceipt } from './credit-refund.receipt';
import { RefundCreditHandler } from './refund-credit.handler';

@ApiTags('billing')
@Secured({ scopes: ['payments:write'] })
@Controller('v1/contracts')
@UseFilters(new ProblemDetailsFilter(PAYMENT_STATUS_OVERRIDES))
export class RefundCreditController {
  constructor(private readonly handler: RefundCreditHandler) {}

  /**
   * The customer's credit (or `amount` of it) refunded to their payout account through the rail
   * (R-LN-10, CREDIT_REFUND), by staff or by the customer for their own contract. Same
   * Idempotency-Key and body from the same caller → the first answer (200).
   */
  @Post(':contractId/credit/refund')
  @Audited('credit.refund')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Per caller: same key + same body → the first answer again (200); another body → 409' })
  @ApiCreatedResponse({ type: CreditRefundReceipt })
  @ApiOkResponse({ type: CreditRefundReceipt, description: 'Replay of an Idempotency-Key' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PAYMENT.INVALID_AMOUNT, PAYMENT.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: 'PAYMENT.CONTRACT_NOT_FOUND (also another customer\'s contract)' })
  @ApiConflictResponse({ description: 'BILLING.CREDIT_IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'PAYMENT.CONTRACT_BLOCKED (details.reason), BILLING.INSUFFICIENT_CREDIT (details.creditBalance), DISBURSEMENT.NO_PAYOUT_ACCOUNT' })
  async refund(
    @Param('contractId') contractId: string,
    @Body() body: CreditAmountRequestDto,
    @Headers('idempotency-key') header: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreditRefundReceipt> {
    const key = idempotencyKeyOf(header, 'PAYMENT.INVALID_IDEMPOTENCY_KEY');
    const command = { contractId: contractIdOf(contractId), ...(body.amount === undefined ? {} : { amount: parsePositiveAmount(body.amount, 'amount') }) };
    const outcome = await this.handler.execute(command, principal, key);
    res.status(creationStatus(outcome));
    return outcome.result;
  }
}
