import { type DynamicModule, Inject, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { Redis } from 'ioredis';
import { AccessGuard, AccessTokenVerifier, type VerifierOptions } from '@consignado/auth';
import { RateLimiter, type RateLimits } from './rate-limit';
import { RateLimitGuard } from './rate-limit.guard';

const REDIS = Symbol('RATE_LIMIT_REDIS');

/**
 * What every service API gets around its own module (R-SEC-1, R-SEC-2): the token check, then the
 * rate limit — global guards, in this order, before any controller's own guard or pipe.
 */
@Module({})
export class ApiSecurityModule implements OnModuleDestroy {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  static forRoot(auth: VerifierOptions, limits: RateLimits): DynamicModule {
    return {
      module: ApiSecurityModule,
      providers: [
        { provide: AccessTokenVerifier, useValue: new AccessTokenVerifier(auth) },
        { provide: REDIS, useFactory: () => rateLimitRedis(limits.redisUrl) },
        { provide: RateLimiter, inject: [REDIS], useFactory: (redis: Redis) => new RateLimiter(limits, redis) },
        { provide: APP_GUARD, inject: [Reflector, AccessTokenVerifier], useFactory: (reflector: Reflector, verifier: AccessTokenVerifier) => new AccessGuard(reflector, verifier) },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

/** Fails fast while Redis is away (the in-memory insurance limiter answers), reconnecting behind. */
function rateLimitRedis(url: string): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  const logger = new Logger('RateLimit');
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.warn({ msg: 'rate-limit Redis unreachable; limiting per instance in memory', error: error.message });
    down = true;
  });
  redis.on('ready', () => (down = false));
  return redis;
}
