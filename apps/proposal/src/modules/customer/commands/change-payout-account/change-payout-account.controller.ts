import { Body, Controller, Headers, Inject, Param, ParseUUIDPipe, Put, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { idempotencyKeyOf } from '@consignado/service-kit';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { CustomerNotFoundError } from '../../domain/customer.errors';
import { parsePayoutAccount } from '../../domain/payout-account';
import { ChangePayoutAccountHandler } from './change-payout-account.handler';
import { ChangePayoutAccountRequestDto } from './change-payout-account.request.dto';
import type { PayoutAccountResult } from './payout-account.result';

@ApiTags('customers')
@ChannelApi()
@Controller('v1/:channel/customers')
export class ChangePayoutAccountController {
  constructor(@Inject(ChangePayoutAccountHandler) private readonly handler: ChangePayoutAccountHandler) {}

  /** R-LN-10: where released amounts and refunds go; the customer, or whoever may read the customer. */
  @Put(':id/payout-account')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key + same account → the first answer again; another account → 409' })
  @ApiOkResponse({ description: 'The account registered, masked, and when it changed' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, CUSTOMER.INVALID_PIX_KEY, CUSTOMER.INVALID_BANK_ACCOUNT, CUSTOMER.INVALID_PAYOUT_ACCOUNT, CUSTOMER.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: 'CUSTOMER.NOT_FOUND — Cliente não encontrado' })
  @ApiConflictResponse({ description: 'CUSTOMER.PAYOUT_ACCOUNT_IDEMPOTENCY_CONFLICT' })
  async change(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new CustomerNotFoundError() })) customerId: string,
    @Body() body: ChangePayoutAccountRequestDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') header: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PayoutAccountResult> {
    const idempotencyKey = idempotencyKeyOf(header, 'CUSTOMER.INVALID_IDEMPOTENCY_KEY');
    const outcome = await this.handler.execute({ customerId, account: parsePayoutAccount(body), ...(idempotencyKey ? { idempotencyKey } : {}) }, principal);
    if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return outcome.result;
  }
}
