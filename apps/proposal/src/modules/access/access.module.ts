import { Global, Module } from '@nestjs/common';
import { ChannelGuard } from './channel.guard';

/** Channel access (R-PR-1): which channel's routes a verified caller may use. */
@Global()
@Module({ providers: [ChannelGuard], exports: [ChannelGuard] })
export class AccessModule {}
