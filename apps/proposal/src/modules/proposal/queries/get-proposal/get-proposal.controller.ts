import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { ProposalNotFoundError } from '../../domain/proposal.errors';
import { type ProposalView, proposalView } from './proposal.view';
import { DOCUMENT_REPOSITORY, type DocumentRepository } from '../../database/document.repository';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { ProposalIdPipe } from '../../proposal-id.pipe';

@ApiTags('proposals')
@ChannelApi()
@Controller('v1/:channel/proposals')
export class GetProposalController {
  constructor(
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(DOCUMENT_REPOSITORY) private readonly documents: DocumentRepository,
  ) {}

  /** State, amounts, approved terms, decision reasons, contract, commission (corban), timestamps. */
  @Get(':id')
  @ApiOkResponse({ description: 'The proposal' })
  @ApiNotFoundResponse({ description: 'PROPOSAL.NOT_FOUND — also for another partner\'s proposal' })
  async get(@Param('id', ProposalIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ProposalView> {
    const proposal = await this.proposals.findById(id);
    if (!proposal || !proposal.isVisibleTo(principal)) throw new ProposalNotFoundError();
    return proposalView(proposal, await this.documents.listByProposal(id));
  }
}
