import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AverbationConnectorConfig } from '../../config';
import { MARGIN_CACHE } from './margin-cache';
import { REDIS, RedisMarginCache } from './redis-margin-cache';

/**
 * The cache's client, reconnecting behind; an outage is logged once, as a warning (without a
 * listener ioredis printed every failed reconnection to stderr as an "Unhandled error event").
 */
function marginCacheRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: 1_000, enableOfflineQueue: true });
  const logger = new Logger('MarginCache');
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.warn({ msg: 'margin cache Redis unreachable; asking Dataprev until it is back', error: error.message });
    down = true;
  });
  redis.on('ready', () => (down = false));
  return redis;
}

/** Redis for the margin cache (R-AV-3), global (readiness pings it). Commands fail fast when Redis is away: the cache is best effort. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AverbationConnectorConfig],
      useFactory: (config: AverbationConnectorConfig) => marginCacheRedis(config.REDIS_URL),
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
