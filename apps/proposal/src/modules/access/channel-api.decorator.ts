import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiParam, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiKeyGuard } from './api-key.guard';
import { CHANNEL_SEGMENTS } from './domain/channel';

/** A controller of the channel API: X-Api-Key of the path's channel required (R-PR-1). */
export function ChannelApi(options: { channelParam?: boolean } = { channelParam: true }): ClassDecorator {
  const decorators = [UseGuards(ApiKeyGuard), ApiSecurity('api-key'), ApiUnauthorizedResponse({ description: 'AUTH.INVALID_API_KEY — Chave de API inválida ou ausente' })];
  if (options.channelParam) decorators.push(ApiParam({ name: 'channel', enum: CHANNEL_SEGMENTS }));
  return applyDecorators(...decorators);
}
