import { applyDecorators, UseGuards } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { Secured } from '@consignado/auth';
import { ChannelGuard } from './channel.guard';
import { CHANNEL_SEGMENTS } from './domain/channel';

/** A controller of the channel API: a token with scope `origination` of the path's channel (R-PR-1, R-SEC-1). */
export function ChannelApi(options: { channelParam?: boolean } = { channelParam: true }): ClassDecorator {
  const decorators = [Secured({ scopes: ['origination'] }), UseGuards(ChannelGuard)];
  if (options.channelParam) decorators.push(ApiParam({ name: 'channel', enum: CHANNEL_SEGMENTS }));
  return applyDecorators(...decorators);
}
