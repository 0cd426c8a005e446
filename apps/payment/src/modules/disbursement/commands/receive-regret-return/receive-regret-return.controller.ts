import { Body, Controller, Headers, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { Audited, creationStatus, idempotencyKeyOf, ProblemDetailsFilter } from '@consignado/service-kit';
import { parseInputDate, parsePositiveAmount } from '../../../../shared/http/input';
import { PAYMENT_STATUS_OVERRIDES } from '../../../../shared/http/status-overrides';
import { RegretReturnNotFoundError } from '../../domain/disbursement.errors';
import { RegretReturnView } from '../../queries/get-disbursements/regret-return.view';
import { ReceiveRegretReturnHandler } from './receive-regret-return.handler';
import { ReceiveRegretReturnRequestDto } from './receive-regret-return.request.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('disbursements')
@Secured({ scopes: ['payments:write'] })
@Controller('v1/contracts')
@UseFilters(new ProblemDetailsFilter(PAYMENT_STATUS_OVERRIDES))
export class ReceiveRegretReturnController {
  constructor(private readonly handler: ReceiveRegretReturnHandler) {}

  /**
   * Money given back after the right of regret (R-PR-8), recorded by staff or by the customer for
   * their own contract: the whole amount due or part of it, never more. Same Idempotency-Key and
   * body from the same caller → the first answer (200).
   */
  @Post(':contractId/regret-return/receipts')
  @Audited('regret-return.receive')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Per caller: same key + same body → the first answer again (200); another body → 409' })
  @ApiCreatedResponse({ type: RegretReturnView })
  @ApiOkResponse({ type: RegretReturnView, description: 'Replay of an Idempotency-Key' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PAYMENT.INVALID_AMOUNT, PAYMENT.INVALID_DATE, PAYMENT.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: 'DISBURSEMENT.REGRET_RETURN_NOT_FOUND (no return due on the contract, or not the caller\'s)' })
  @ApiConflictResponse({ description: 'DISBURSEMENT.IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'DISBURSEMENT.RETURN_OVERPAID (details.outstanding), DISBURSEMENT.DATE_IN_FUTURE' })
  async receive(
    @Param('contractId') contractId: string,
    @Body() body: ReceiveRegretReturnRequestDto,
    @Headers('idempotency-key') header: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RegretReturnView> {
    const key = idempotencyKeyOf(header, 'PAYMENT.INVALID_IDEMPOTENCY_KEY');
    const id = contractId.toLowerCase();
    if (!UUID.test(id)) throw new RegretReturnNotFoundError();
    const command = { contractId: id, amount: parsePositiveAmount(body.amount, 'amount'), ...(body.receivedAt ? { receivedOn: parseInputDate(body.receivedAt, 'receivedAt') } : {}) };
    const outcome = await this.handler.execute(command, principal, key);
    res.status(creationStatus(outcome));
    return outcome.result;
  }
}
