import { Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { assertMayActFor, Audited, DATA_SUBJECT_RULE, idempotencyKeyOf } from '@consignado/service-kit';
import { customerIdPipe } from '../../customer-id.pipe';
import { requesterOf } from '../../data-subject.rule';
import { type ErasureRequestView, erasureRequestView } from '../../queries/get-erasure-request/erasure-request.view';
import { RequestErasureHandler } from './request-erasure.handler';

@ApiTags('personal data (LGPD)')
@Secured(DATA_SUBJECT_RULE)
@Controller('v1/customers/:customerId/personal-data/erasure-requests')
export class RequestErasureController {
  constructor(@Inject(RequestErasureHandler) private readonly handler: RequestErasureHandler) {}

  /** LGPD art. 18 IV/VI: anonymize everything the platform holds on the customer, unless a contract obliges keeping it. */
  @Post()
  @HttpCode(202)
  @Audited('personal-data.erasure-request')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key → the first answer again' })
  @ApiAcceptedResponse({ description: 'The request, PENDING until loan decides (a pending one is answered again)' })
  @ApiNotFoundResponse({ description: 'PERSONAL_DATA.NOT_FOUND — Titular não encontrado' })
  @ApiConflictResponse({ description: 'PERSONAL_DATA.IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'PERSONAL_DATA.PROPOSAL_IN_PROGRESS, PERSONAL_DATA.ALREADY_ANONYMIZED' })
  async request(
    @Param('customerId', customerIdPipe()) customerId: string,
    @CurrentPrincipal() caller: Principal,
    @Headers('idempotency-key') header: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ErasureRequestView> {
    assertMayActFor(caller, customerId);
    const idempotencyKey = idempotencyKeyOf(header, 'PERSONAL_DATA.INVALID_IDEMPOTENCY_KEY');
    const outcome = await this.handler.execute({ customerId, ...requesterOf(caller), ...(idempotencyKey ? { idempotencyKey } : {}) });
    if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return erasureRequestView(outcome.result);
  }
}
