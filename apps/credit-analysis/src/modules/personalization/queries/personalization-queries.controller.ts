import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { callerOf } from '../commands/caller';
import { PersonalizationQuery } from './personalization.query';
import type { ProfileView, RecommendationView } from './personalization.views';

/** Profiles and rounds read back with their inputs, reasons and rule version (R-CA-3, R-CA-4). */
@ApiTags('personalization')
@Secured({ scopes: ['origination'] })
@Controller('v1')
export class PersonalizationQueriesController {
  constructor(private readonly query: PersonalizationQuery) {}

  @Get('financial-profiles/:profileId')
  @ApiOkResponse({ description: 'The stored profile' })
  @ApiNotFoundResponse({ description: 'PERSONALIZATION.PROFILE_NOT_FOUND' })
  profile(@Param('profileId', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ProfileView> {
    return this.query.profile(id, callerOf(principal).caller);
  }

  @Get('recommendations/:recommendationId')
  @ApiOkResponse({ description: 'The stored round' })
  @ApiNotFoundResponse({ description: 'PERSONALIZATION.RECOMMENDATION_NOT_FOUND' })
  recommendation(@Param('recommendationId', ParseUUIDPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<RecommendationView> {
    return this.query.recommendation(id, callerOf(principal).caller);
  }

  @Get('customers/:customerId/recommendations')
  @ApiOkResponse({ description: "The customer's rounds, oldest first: the feedback history" })
  @ApiNotFoundResponse({ description: 'PERSONALIZATION.CUSTOMER_NOT_FOUND' })
  rounds(@Param('customerId', ParseUUIDPipe) customerId: string, @CurrentPrincipal() principal: Principal): Promise<{ items: RecommendationView[] }> {
    return this.query.rounds(customerId, callerOf(principal).caller);
  }
}
