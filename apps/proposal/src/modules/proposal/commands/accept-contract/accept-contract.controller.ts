import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Audited, idempotencyKeyOf, ProblemDetailsFilter } from '@consignado/service-kit';
import { PROPOSAL_STATUS_OVERRIDES } from '../../../../shared/status-overrides';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { type ProposalView, proposalView } from '../../queries/get-proposal/proposal.view';
import { ProposalIdPipe } from '../../proposal-id.pipe';
import { AcceptContractHandler } from './accept-contract.handler';
import { AcceptContractRequestDto } from './accept-contract.request.dto';

@ApiTags('proposals')
@ChannelApi()
@Controller('v1/:channel/proposals')
@UseFilters(new ProblemDetailsFilter(PROPOSAL_STATUS_OVERRIDES))
export class AcceptContractController {
  constructor(@Inject(AcceptContractHandler) private readonly handler: AcceptContractHandler) {}

  /** R-LN-9: accepts the issued contract by its CCB's SHA-256; loan books it on ProposalAccepted. The same document again: 200, nothing new. */
  @Post(':id/acceptance')
  @HttpCode(200)
  @Audited('proposal.accept')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key + same hash → the first answer again (Idempotent-Replayed: true); another hash → 409' })
  @ApiOkResponse({ description: 'The proposal, formalization.acceptance recorded' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY (documentHash: 64 lower-case hex), PROPOSAL.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: 'PROPOSAL.NOT_FOUND — also another customer\'s or partner\'s proposal' })
  @ApiConflictResponse({ description: 'PROPOSAL.NOT_AWAITING_ACCEPTANCE (no contract issued yet, not APPROVED, or accepted by another document), PROPOSAL.IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'PROPOSAL.DOCUMENT_MISMATCH — O documento aceito não é a CCB emitida para esta proposta; PROPOSAL.ACCEPTANCE_EXPIRED (details.acceptBy)' })
  async accept(
    @Param('id', ProposalIdPipe) id: string,
    @Body() body: AcceptContractRequestDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') header: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProposalView> {
    const idempotencyKey = idempotencyKeyOf(header, 'PROPOSAL.INVALID_IDEMPOTENCY_KEY');
    const outcome = await this.handler.execute({ proposalId: id, documentHash: body.documentHash, ...(idempotencyKey ? { idempotencyKey } : {}) }, principal);
    if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return proposalView(outcome.result);
  }
}
