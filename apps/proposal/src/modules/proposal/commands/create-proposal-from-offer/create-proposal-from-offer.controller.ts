import { Body, Controller, Headers, Inject, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { idempotencyKeyOf, ProblemDetailsFilter } from '@consignado/service-kit';
import { PROPOSAL_STATUS_OVERRIDES } from '../../../../shared/status-overrides';
import { ChannelApi } from '../../../access/channel-api.decorator';
import type { Principal } from '../../../access/domain/principal';
import { CurrentPrincipal } from '../../../access/principal.decorator';
import { type ProposalView, proposalView } from '../../queries/get-proposal/proposal.view';
import { OfferIdPipe } from '../../offer-id.pipe';
import { CreateProposalFromOfferHandler } from './create-proposal-from-offer.handler';
import { CreateProposalFromOfferRequestDto } from './create-proposal-from-offer.request.dto';

@ApiTags('proposals')
@ChannelApi()
@Controller('v1/:channel/offers')
@UseFilters(new ProblemDetailsFilter(PROPOSAL_STATUS_OVERRIDES))
export class CreateProposalFromOfferController {
  constructor(@Inject(CreateProposalFromOfferHandler) private readonly handler: CreateProposalFromOfferHandler) {}

  /**
   * Seed 004: a recommended offer (RecommendationMade) becomes a proposal in one call, created as
   * POST proposals would with the offer's terms (R-PR-4). One proposal per offer; a retry with the
   * same Idempotency-Key gets the first answer, its 201 included, marked `Idempotent-Replayed: true` (R-PR-7).
   */
  @Post(':offerId/proposals')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key + same offer and body → the first answer again; another body → 409' })
  @ApiCreatedResponse({ description: 'The proposal, `offerId` set' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PROPOSAL.INVALID_IDEMPOTENCY_KEY' })
  @ApiNotFoundResponse({ description: "PROPOSAL.OFFER_NOT_FOUND — also another customer's offer; CUSTOMER.NOT_FOUND (the customer was anonymized)" })
  @ApiConflictResponse({ description: 'PROPOSAL.OFFER_ALREADY_USED (details.proposalId: the proposal made from it), PROPOSAL.IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'PROPOSAL.OFFER_EXPIRED (details.validUntil), and the refusals of POST proposals (PROPOSAL.PRODUCT_NOT_ALLOWED, PRICING.RATE_ABOVE_CAP…)' })
  async create(
    @Param('offerId', OfferIdPipe) offerId: string,
    @Body() body: CreateProposalFromOfferRequestDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') header: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProposalView> {
    const key = idempotencyKeyOf(header, 'PROPOSAL.INVALID_IDEMPOTENCY_KEY');
    const request = { offerId, withInsurance: body.withInsurance ?? false, ...(key === undefined ? {} : { idempotency: { key, body } }) };
    const outcome = await this.handler.execute(request, principal);
    if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return proposalView(outcome.result, []);
  }
}
