import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { DomainError } from '@consignado/core';
import { creationStatus, idempotencyKeyOf } from '@consignado/service-kit';
import { type RecommendationView, recommendationView } from '../../queries/personalization.views';
import { boundedInput } from '../bounded-input';
import { callerOf } from '../caller';
import { GiveFeedbackHandler } from '../give-feedback/give-feedback.handler';
import { feedbackOf, FeedbackRequestDto, isEmptyFeedback } from '../give-feedback/feedback.request.dto';
import { RecommendHandler } from './recommend.handler';

const KEY = { name: 'Idempotency-Key', required: false, description: 'Same key + same body → the same round (200); another body → 409' };

/** Seed 004 RF2 for the channels: a first round on a profile, and the next round after feedback. */
@ApiTags('personalization')
@Secured({ scopes: ['origination'] })
@Controller('v1')
export class RecommendationsController {
  constructor(
    private readonly recommend: RecommendHandler,
    private readonly feedback: GiveFeedbackHandler,
  ) {}

  @Post('financial-profiles/:profileId/recommendations')
  @ApiHeader(KEY)
  @ApiCreatedResponse({ description: 'A first round: the recommendation, its priced offers and what the credit policy withheld' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PERSONALIZATION.INVALID_INPUT_SIZE' })
  @ApiNotFoundResponse({ description: 'PERSONALIZATION.PROFILE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PERSONALIZATION.IDEMPOTENCY_CONFLICT' })
  async first(@Param('profileId', ParseUUIDPipe) id: string, @Body() body: FeedbackRequestDto, @Headers('idempotency-key') header: string | undefined, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<RecommendationView> {
    boundedInput(body);
    const { caller, scope } = callerOf(principal);
    const outcome = await this.recommend.execute(id, feedbackOf(body), caller, scope, idempotencyKeyOf(header, 'PERSONALIZATION.INVALID_IDEMPOTENCY_KEY'));
    res.status(creationStatus(outcome));
    return recommendationView(outcome.result);
  }

  @Post('recommendations/:recommendationId/feedback')
  @ApiHeader(KEY)
  @ApiCreatedResponse({ description: 'The next round, adjusted to every feedback so far' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PERSONALIZATION.INVALID_FEEDBACK (no kind given), PERSONALIZATION.INVALID_INPUT_SIZE' })
  @ApiNotFoundResponse({ description: 'PERSONALIZATION.RECOMMENDATION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PERSONALIZATION.IDEMPOTENCY_CONFLICT' })
  @ApiUnprocessableEntityResponse({ description: 'PERSONALIZATION.RECOMMENDATION_SUPERSEDED (answer the latest round), PERSONALIZATION.NOT_ADJUSTABLE (dados insuficientes)' })
  async adjust(@Param('recommendationId', ParseUUIDPipe) id: string, @Body() body: FeedbackRequestDto, @Headers('idempotency-key') header: string | undefined, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<RecommendationView> {
    boundedInput(body);
    const given = feedbackOf(body);
    if (isEmptyFeedback(given)) throw new DomainError('PERSONALIZATION.INVALID_FEEDBACK', 'Informe ao menos um tipo de feedback: prioridade, produto_recusado ou produto_preferido.');
    const { caller, scope } = callerOf(principal);
    const outcome = await this.feedback.execute(id, given, caller, scope, idempotencyKeyOf(header, 'PERSONALIZATION.INVALID_IDEMPOTENCY_KEY'));
    res.status(creationStatus(outcome));
    return recommendationView(outcome.result);
  }
}
