import { Body, Controller, Headers, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { creationStatus, idempotencyKeyOf, ProblemDetailsFilter } from '@consignado/service-kit';
import { PAYMENT_STATUS_OVERRIDES } from '../../../../shared/http/status-overrides';
import { renegotiationOf } from './renegotiate.command';
import { RenegotiateHandler } from './renegotiate.handler';
import { RenegotiateRequestDto } from './renegotiate.request.dto';
import { RenegotiationView, renegotiationViewOf } from './renegotiation.view';

@ApiTags('payments')
@Secured({ scopes: ['payments:write'] })
@Controller('v1/renegotiations')
@UseFilters(new ProblemDetailsFilter(PAYMENT_STATUS_OVERRIDES))
export class RenegotiateController {
  constructor(private readonly handler: RenegotiateHandler) {}

  /**
   * Accepts a workout of a late contract (R-LN-8): payment recomputes the option on its billing on
   * its business date; when it still gives the installment and term seen, the contract is settled
   * for the debt (a payment with source RENEGOTIATION, no money) and loan opens the new contract.
   * A customer (DIGITAL token) only for their own contract — anyone else's is
   * PAYMENT.CONTRACT_NOT_FOUND, as an unknown one; staff for any. Same Idempotency-Key and body
   * from the same caller → the first answer (200).
   */
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Per caller: same key + same body → the first answer again (200); another body → 409' })
  @ApiCreatedResponse({ type: RenegotiationView })
  @ApiOkResponse({ type: RenegotiationView, description: 'Replay of an Idempotency-Key' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY (also: lateChargesDiscount only with LATE_CHARGES_DISCOUNT, graceDays only with GRACE, amounts above zero), PAYMENT.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: 'PAYMENT.CUSTOMER_NOT_FOUND, PAYMENT.CONTRACT_NOT_FOUND (also a customer token naming a contract or customerId not its own)' })
  @ApiConflictResponse({ description: 'PAYMENT.IDEMPOTENCY_CONFLICT; PAYMENT.REFINANCING_IN_PROGRESS (a refinancing of the contract is pending)' })
  @ApiUnprocessableEntityResponse({
    description:
      'PAYMENT.CONTRACT_SETTLED, PAYMENT.CONTRACT_NOT_ACTIVE, PAYMENT.CONTRACT_BLOCKED (details.reason), PAYMENT.NO_OVERDUE_INSTALLMENTS, PAYMENT.NO_FEASIBLE_TERM, ' +
      'PAYMENT.WORKOUT_DISCOUNT_ABOVE_LIMIT, PAYMENT.WORKOUT_GRACE_ABOVE_LIMIT, PAYMENT.RENEGOTIATION_TERMS_CHANGED (details.installmentAmount, details.termMonths, details.debt, details.date: the offer now), ' +
      'PAYMENT.DATE_BEFORE_LAST_PAYMENT, BILLING.POSITION_UNKNOWN, BILLING.PRODUCT_UNKNOWN',
  })
  async renegotiate(
    @Body() body: RenegotiateRequestDto,
    @Headers('idempotency-key') header: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RenegotiationView> {
    const key = idempotencyKeyOf(header, 'PAYMENT.INVALID_IDEMPOTENCY_KEY');
    const outcome = await this.handler.execute(renegotiationOf(body), principal, key);
    res.status(creationStatus(outcome));
    return renegotiationViewOf(outcome.result);
  }
}
