import { Body, Controller, Headers, Inject, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { idempotencyKeyOf } from '@consignado/service-kit';
import { Clock } from '../../../../shared/clock';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { type ProposalView, proposalView } from '../../queries/get-proposal/proposal.view';
import { CreateProposalHandler } from './create-proposal.handler';
import { toCreateProposalCommand } from './create-proposal.mapper';
import { CreateProposalRequestDto } from './create-proposal.request.dto';

@ApiTags('proposals')
@ChannelApi()
@Controller('v1/:channel/proposals')
export class CreateProposalController {
  constructor(
    @Inject(CreateProposalHandler) private readonly handler: CreateProposalHandler,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * R-PR-4: digital proposals wait for documents (PENDING_DOCUMENTS); corban and internal ones
   * are submitted at once (a PORTABILITY to PENDING_PORTABILITY_BALANCE). A retry with the same Idempotency-Key gets the first answer, its 201
   * included, marked `Idempotent-Replayed: true` (R-PR-7).
   */
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key + same body → the first answer again; another body → 409' })
  @ApiCreatedResponse({ description: 'The proposal' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PROPOSAL.INVALID_* (PROPOSAL.INVALID_AMOUNT: NEW without an amount > 0, REFINANCING without a troco; PROPOSAL.INVALID_OPERATION: refinancedContractId / portability on the wrong operation, requestedAmount on a PORTABILITY)' })
  @ApiNotFoundResponse({ description: 'CUSTOMER.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PROPOSAL.IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'PROPOSAL.PRODUCT_NOT_ALLOWED, PROPOSAL.OPERATION_NOT_ALLOWED (PORTABILITY of a PERSONAL loan), PRICING.RATE_ABOVE_CAP' })
  async create(
    @Body() body: CreateProposalRequestDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') header: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProposalView> {
    const key = idempotencyKeyOf(header, 'PROPOSAL.INVALID_IDEMPOTENCY_KEY');
    const command = () => toCreateProposalCommand(body, this.clock.today());
    const outcome = await this.handler.execute({ command, idempotency: key === undefined ? undefined : { key, body } }, principal);
    if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return proposalView(outcome.result, []);
  }
}
