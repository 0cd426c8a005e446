import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseClaimId } from '../../../../shared/http/input';
import { PartnerApi } from '../../../../shared/http/partner.guard';
import { InsurerCall } from '../../../chaos/insurer-call.decorator';
import { ClaimReviews } from '../../commands/claim-reviews';
import { claimNotFound } from '../../domain/insurer-error';
import { ClaimView } from './claim.view';

@ApiTags('claims')
@PartnerApi()
@Controller('v1/claims')
export class GetClaimController {
  constructor(private readonly reviews: ClaimReviews) {}

  @Get(':claimId')
  @InsurerCall('GET_CLAIM')
  @ApiOperation({ summary: 'Consulta um sinistro pelo claimId do banco: UNDER_REVIEW, PAID ou DENIED' })
  @ApiOkResponse({ type: ClaimView })
  @ApiBadRequestResponse({ description: 'INSURER.INVALID_CLAIM_ID' })
  @ApiNotFoundResponse({ description: 'INSURER.CLAIM.NOT_FOUND' })
  async get(@Param('claimId') claimId: string): Promise<ClaimView> {
    const claim = await this.reviews.current(parseClaimId(claimId));
    if (!claim) throw claimNotFound();
    return ClaimView.from(claim);
  }
}
