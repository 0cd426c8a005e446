import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Audited } from '@consignado/service-kit';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { type ProposalView, proposalView } from '../../queries/get-proposal/proposal.view';
import { ProposalIdPipe } from '../../proposal-id.pipe';
import { CancelProposalHandler } from './cancel-proposal.handler';
import { CancelProposalRequestDto } from './cancel-proposal.request.dto';

@ApiTags('proposals')
@ChannelApi()
@Controller('v1/:channel/proposals')
export class CancelProposalController {
  constructor(@Inject(CancelProposalHandler) private readonly handler: CancelProposalHandler) {}

  /** R-PR-8: CANCELLED at once before contracting; once CONTRACTED, the 7-day right of regret. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Audited('proposal.cancel')
  @ApiOkResponse({ description: 'The proposal: CANCELLED, or CONTRACTED with the regret request pending' })
  @ApiNotFoundResponse({ description: 'PROPOSAL.NOT_FOUND' })
  @ApiConflictResponse({ description: 'PROPOSAL.ILLEGAL_TRANSITION (rejected, cancelled, averbation failed), PROPOSAL.CANCELLATION_CONFLICT, PROPOSAL.PORTABILITY_ALREADY_SETTLED (the origin confirmed the settlement of a portability)' })
  @ApiUnprocessableEntityResponse({ description: 'PROPOSAL.REGRET_PERIOD_EXPIRED — Prazo de arrependimento de 7 dias expirado' })
  async cancel(@Param('id', ProposalIdPipe) id: string, @Body() body: CancelProposalRequestDto, @CurrentPrincipal() principal: Principal): Promise<ProposalView> {
    return proposalView(await this.handler.execute(id, principal, body.reason?.trim()));
  }
}
