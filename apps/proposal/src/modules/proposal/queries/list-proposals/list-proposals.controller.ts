import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { type ProposalView, proposalView } from '../get-proposal/proposal.view';
import { PROPOSAL_REPOSITORY, type ProposalRepository } from '../../database/proposal.repository';

export class ListProposalsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

@ApiTags('proposals')
@ChannelApi()
@Controller('v1/:channel/proposals')
export class ListProposalsController {
  constructor(@Inject(PROPOSAL_REPOSITORY) private readonly proposals: ProposalRepository) {}

  /** Newest first; a corban lists only its own proposals, the app only digital ones (R-PR-1). */
  @Get()
  @ApiOkResponse({ description: 'Proposals the caller may see' })
  async list(@Query() query: ListProposalsQuery, @CurrentPrincipal() principal: Principal): Promise<{ items: ProposalView[] }> {
    const found = await this.proposals.list({ viewer: principal, customerId: query.customerId?.toLowerCase(), limit: query.limit });
    return { items: found.map((p) => proposalView(p)) };
  }
}
