import { Body, Controller, Headers, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { creationStatus, idempotencyKeyOf } from '@consignado/service-kit';
import { type ProfileView, profileView } from '../../queries/personalization.views';
import { callerOf } from '../caller';
import { boundedInput } from '../bounded-input';
import { ComputeProfileHandler } from './compute-profile.handler';
import { ComputeProfileRequestDto } from './compute-profile.request.dto';
import { declaredData } from './declared-data.mapper';

/** Seed 004 RF1 for the channels (R-CA-3): a customer's own, a partner's customers, staff any. */
@ApiTags('personalization')
@Secured({ scopes: ['origination'] })
@Controller('v1/customers')
export class ComputeProfileController {
  constructor(private readonly handler: ComputeProfileHandler) {}

  @Post(':customerId/financial-profiles')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key + same body → the same profile (200); another body → 409' })
  @ApiCreatedResponse({ description: 'The profile (seed 004 RF1 output, input with sources, rule version)' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY (negative, wrong type), PERSONALIZATION.INVALID_INPUT_SIZE (> 5.000 caracteres)' })
  @ApiNotFoundResponse({ description: 'PERSONALIZATION.CUSTOMER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PERSONALIZATION.IDEMPOTENCY_CONFLICT' })
  async compute(@Param('customerId', ParseUUIDPipe) customerId: string, @Body() body: ComputeProfileRequestDto, @Headers('idempotency-key') header: string | undefined, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<ProfileView> {
    boundedInput(body);
    const { caller, scope } = callerOf(principal);
    const outcome = await this.handler.execute({ customerId, declared: declaredData(body) }, caller, scope, idempotencyKeyOf(header, 'PERSONALIZATION.INVALID_IDEMPOTENCY_KEY'));
    res.status(creationStatus(outcome));
    return profileView(outcome.result);
  }
}
