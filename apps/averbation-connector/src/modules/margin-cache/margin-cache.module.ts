import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AverbationConnectorConfig } from '../../config';
import { MARGIN_CACHE } from './margin-cache';
import { REDIS, RedisMarginCache } from './redis-margin-cache';

/** Redis for the margin cache (R-AV-3), global (readiness pings it). Commands fail fast when Redis is away: the cache is best effort. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AverbationConnectorConfig],
      useFactory: (config: AverbationConnectorConfig) =>
        new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: 1_000, enableOfflineQueue: true }),
    },
    { provide: MARGIN_CACHE, useClass: RedisMarginCache },
  ],
  exports: [MARGIN_CACHE, REDIS],
})
export class MarginCacheModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
