import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { ProposalNotFoundError } from '../../domain/proposal.errors';
import type { TimelineEntry } from '../../domain/timeline';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';
import { TIMELINE_REPOSITORY, type TimelineRepository } from '../../database/timeline.repository';
import { ProposalIdPipe } from '../../proposal-id.pipe';

export interface TimelineView {
  proposalId: string;
  correlationId: string;
  state: string;
  entries: Array<Omit<TimelineEntry, 'proposalId'>>;
}

@ApiTags('proposals')
@ChannelApi()
@Controller('v1/:channel/proposals')
export class GetTimelineController {
  constructor(
    @Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository,
    @Inject(TIMELINE_REPOSITORY) private readonly timeline: TimelineRepository,
  ) {}

  /** R-PR-2: every event the proposal emitted or consumed, in order, with the state after each. */
  @Get(':id/timeline')
  @ApiOkResponse({ description: 'The timeline: eventType, eventId, occurredAt, correlationId, causationId, stateAfter, summary (pt-BR)' })
  @ApiNotFoundResponse({ description: 'PROPOSAL.NOT_FOUND' })
  async get(@Param('id', ProposalIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<TimelineView> {
    const proposal = await this.proposals.findById(id);
    if (!proposal || !proposal.isVisibleTo(principal)) throw new ProposalNotFoundError();
    const entries = (await this.timeline.list(id)).map(({ proposalId: _omit, ...entry }) => entry);
    return { proposalId: id, correlationId: proposal.props.correlationId, state: proposal.state, entries };
  }
}
